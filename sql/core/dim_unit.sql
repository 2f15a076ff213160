-- core.dim_unit: one row per unit as reports write it, with the family whose figures can be compared
-- (an analyst compares 受理纠纷120件 with next year's 98宗, but never persons 人 with person-times 人次).
create or replace table core.dim_unit as
select * from (values
    ('次', '次'), ('场', '次'), ('场次', '次'), ('期', '次'), ('批次', '次'), ('批', '次'), ('轮', '次'), ('轮次', '次'), ('堂', '次'),
    ('件', '件'), ('宗', '件'), ('起', '件'),
    ('人', '人'), ('名', '人'), ('位', '人'),
    ('份', '份'), ('册', '份'), ('本', '份'), ('张', '份')
) as t(unit, unit_family);
