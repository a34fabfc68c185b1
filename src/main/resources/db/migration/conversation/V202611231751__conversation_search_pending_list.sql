-- Every inbound message updates its conversation (last message, counters), which re-indexes the
-- name's words; as for message search, a smaller pending list bounds what each search must read.
ALTER INDEX conversations_name_words_idx SET (gin_pending_list_limit = 512);
