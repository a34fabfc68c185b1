-- New words go to a GIN index's pending list first and every search reads that list in full until
-- it is merged. A busy inbox adds messages all day: a smaller list (512 kB instead of the 4 MB
-- default) keeps each search's share of it small, at the price of merging more often on insert.
ALTER INDEX messages_content_search_idx SET (gin_pending_list_limit = 512);
