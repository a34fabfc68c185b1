-- A template response names what it sends: a quick reply the team shares (its text, variables
-- filled), or an approved WhatsApp template with its body values (which may hold the rule's
-- variables). No foreign key to quick_replies: a deleted quick reply shows as a failed reply in the
-- rule's log instead of silently changing the rule.
ALTER TABLE auto_reply_rules
    ADD COLUMN quick_reply_id      UUID,
    ADD COLUMN template_name       VARCHAR(512),
    ADD COLUMN template_language   VARCHAR(20),
    ADD COLUMN template_parameters JSONB NOT NULL DEFAULT '[]'::jsonb;
