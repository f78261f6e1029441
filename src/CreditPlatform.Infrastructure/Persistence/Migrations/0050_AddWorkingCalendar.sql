-- The working calendar every working-day deadline counts with: the State Council's yearly schedule of public
-- holidays (放假) and of Saturdays and Sundays worked in exchange (调休上班). Platform-level: one schedule for the
-- country, kept by platform administrators; shipped here for the years published (2025, 2026).
CREATE TABLE calendar_days (
    day date NOT NULL,
    kind text NOT NULL CHECK (kind IN ('Holiday', 'WorkingDay')),
    name_zh varchar(100) NOT NULL,
    name_en varchar(100) NOT NULL,
    CONSTRAINT pk_calendar_days PRIMARY KEY (day)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_days TO creditplatform_app;

-- A jurisdiction's deadlines end at midnight where it is (IANA zone id).
ALTER TABLE tenants ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'Asia/Shanghai';

INSERT INTO calendar_days (day, kind, name_zh, name_en)
SELECT d::date, 'Holiday', h.name_zh, h.name_en
FROM (VALUES
    -- 2025 (国办发明电〔2024〕12号)
    ('2025-01-01', '2025-01-01', '元旦', 'New Year''s Day'),
    ('2025-01-28', '2025-02-04', '春节', 'Spring Festival'),
    ('2025-04-04', '2025-04-06', '清明节', 'Qingming Festival'),
    ('2025-05-01', '2025-05-05', '劳动节', 'Labour Day'),
    ('2025-05-31', '2025-06-02', '端午节', 'Dragon Boat Festival'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    -- 2026 (国务院办公厅 2025年11月4日)
    ('2026-01-01', '2026-01-03', '元旦', 'New Year''s Day'),
    ('2026-02-15', '2026-02-23', '春节', 'Spring Festival'),
    ('2026-04-04', '2026-04-06', '清明节', 'Qingming Festival'),
    ('2026-05-01', '2026-05-05', '劳动节', 'Labour Day'),
    ('2026-06-19', '2026-06-21', '端午节', 'Dragon Boat Festival'),
    ('2026-09-25', '2026-09-27', '中秋节', 'Mid-Autumn Festival'),
    ('2026-10-01', '2026-10-07', '国庆节', 'National Day')
) AS h (first_day, last_day, name_zh, name_en),
LATERAL generate_series(h.first_day::date, h.last_day::date, interval '1 day') AS d;

INSERT INTO calendar_days (day, kind, name_zh, name_en) VALUES
    ('2025-01-26', 'WorkingDay', '春节调休上班', 'Worked for the Spring Festival'),
    ('2025-02-08', 'WorkingDay', '春节调休上班', 'Worked for the Spring Festival'),
    ('2025-04-27', 'WorkingDay', '劳动节调休上班', 'Worked for Labour Day'),
    ('2025-09-28', 'WorkingDay', '国庆节、中秋节调休上班', 'Worked for National Day'),
    ('2025-10-11', 'WorkingDay', '国庆节、中秋节调休上班', 'Worked for National Day'),
    ('2026-01-04', 'WorkingDay', '元旦调休上班', 'Worked for New Year''s Day'),
    ('2026-02-14', 'WorkingDay', '春节调休上班', 'Worked for the Spring Festival'),
    ('2026-02-28', 'WorkingDay', '春节调休上班', 'Worked for the Spring Festival'),
    ('2026-05-09', 'WorkingDay', '劳动节调休上班', 'Worked for Labour Day'),
    ('2026-09-20', 'WorkingDay', '国庆节调休上班', 'Worked for National Day'),
    ('2026-10-10', 'WorkingDay', '国庆节调休上班', 'Worked for National Day');
