-- Presets given before they waited for the shop's own words: a rule still holding its bracketed
-- example ("[tulis daftar harga Anda di sini]") answered real customers with it. Switched off; the
-- shop switches it on once it has written its own text.
UPDATE auto_reply_rules SET is_active = false, updated_at = now()
WHERE preset IS NOT NULL AND is_active AND response_message ~* '\[(tulis|write) [^]]*\]';

-- The unedited welcome and outside-hours presets no longer chain a second and a third answer to one
-- message; outside hours answers before the welcome, so a new customer at night learns when the team is back.
UPDATE auto_reply_rules SET continue_to_next = false,
    priority = CASE WHEN preset = 'outside_hours' AND priority = 80 THEN 95 ELSE priority END
WHERE preset IN ('welcome', 'outside_hours') AND continue_to_next AND updated_at = created_at;
