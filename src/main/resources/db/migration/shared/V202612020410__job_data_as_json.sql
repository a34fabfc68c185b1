-- Job data used to be a string in Java serialization, each job with an encoding of its own
-- ("id#attempt", "tenant/message", "channel providerId", a bare id). It is now a record stored as
-- JSON (shared.jobs.JsonJobData). The jobs waiting at the upgrade (pending sends, delayed replies,
-- retries) are converted here so they run as they were; the instance ids stay as they are.
--
-- A Java-serialized String is the stream header AC ED 00 05, the tag 74, a two-byte length, then
-- the text in modified UTF-8, which is UTF-8 for these ids (no NUL, no characters beyond the BMP).
WITH legacy AS (
    SELECT task_name, task_instance, convert_from(substring(task_data FROM 8), 'UTF8') AS text
    FROM scheduled_tasks
    WHERE substring(task_data FROM 1 FOR 5) = '\xaced000574'::bytea
      AND task_name IN ('send-message', 'send-read-receipt', 'auto-reply-decision', 'assign-conversations',
                        'auto-reply', 'process-webhook')
)
UPDATE scheduled_tasks t
SET task_data = convert_to(CASE l.task_name
        WHEN 'send-message' THEN json_build_object(
                'message', json_build_object('value', split_part(l.text, '#', 1)),
                'number', split_part(l.text, '#', 2)::int)::text
        WHEN 'send-read-receipt' THEN json_build_object(
                'channel', json_build_object('value', split_part(l.text, ' ', 1)),
                'providerMessageId', substr(l.text, strpos(l.text, ' ') + 1))::text
        WHEN 'auto-reply-decision' THEN json_build_object(
                'tenant', json_build_object('value', split_part(l.text, '/', 1)),
                'message', json_build_object('value', split_part(l.text, '/', 2)))::text
        WHEN 'assign-conversations' THEN json_build_object('value', l.text)::text
        -- 'auto-reply' (a dispatch id) and 'process-webhook' (a delivery id): the id alone.
        ELSE to_json(l.text)::text
    END, 'UTF8')
FROM legacy l
WHERE t.task_name = l.task_name AND t.task_instance = l.task_instance;
