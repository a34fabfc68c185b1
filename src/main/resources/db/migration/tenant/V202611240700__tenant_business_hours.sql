-- The business's own opening hours ({start, end, timezone, days, schedule, holidays}, as rules'
-- working hours). NULL: the default hours (Monday to Saturday 08:00-17:00 in the tenant's zone).
-- Time-based auto-reply rules without hours of their own follow them.
ALTER TABLE tenants ADD COLUMN business_hours JSONB;
