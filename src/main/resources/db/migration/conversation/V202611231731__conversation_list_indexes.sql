-- Indexes for the inbox list (GET /api/conversations): each common view reads its first page
-- straight from an index in the requested order instead of sorting the tenant's conversations.
-- Every inbound message rewrites its conversation row, so every index here costs one entry per
-- message: only the views operators open all day get one.

-- "My chats" and "a colleague's chats", newest first; also serves assigned_cs_id lookups, so it
-- replaces the narrower index.
DROP INDEX conversations_assigned_idx;
CREATE INDEX conversations_assigned_idx
    ON conversations (tenant_id, assigned_cs_id, last_message_at DESC, id DESC);

-- The "unread" tab, newest first; holds only the conversations that have something unread.
CREATE INDEX conversations_unread_last_message_idx
    ON conversations (tenant_id, last_message_at DESC, id DESC) WHERE unread_count > 0;

-- sortBy=unread_count (either direction, read backwards for asc); also answers unread_count > 0
-- counts, so it replaces the partial (tenant_id, unread_count) index.
DROP INDEX conversations_unread_idx;
CREATE INDEX conversations_unread_idx
    ON conversations (tenant_id, unread_count DESC, last_message_at DESC, id DESC);

-- sortBy=created_at. created_at never changes.
CREATE INDEX conversations_created_idx ON conversations (tenant_id, created_at DESC, id DESC);
