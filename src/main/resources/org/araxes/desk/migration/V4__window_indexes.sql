-- SPDX-License-Identifier: GPL-3.0-or-later
-- The indexes of window mode (decision 0029). The window's days as one indexed range: "Overlaps the days from … to …" written
-- as date_start <= to and date_end >= from is estimated by the planner as two independent
-- conditions: at a million incidents it expected 300,000 rows for a year's 15,000, read the whole
-- table and joined every source. A GiST index on the range answers the overlap (&&) itself, and
-- ANALYZE keeps statistics on the expression, so the estimate follows the data.
create index incident_days_idx on incident using gist (daterange(date_start, date_end, '[]'));

-- The timeline's aggregate (how many incidents of each category have each first and last day) read
-- from this index alone, in its order, instead of from the whole table.
create index incident_days_category_idx on incident (date_start, date_end, category);
analyze incident;
