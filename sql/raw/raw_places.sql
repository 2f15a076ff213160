-- The gazetteer (transforms/gazetteer.py): one row per administrative division down to township /
-- street level; reloaded when its source package version changes.
create table if not exists raw.places (
    place_key varchar, code varchar, name varchar, short varchar, level varchar, province varchar, province_code varchar,
    city varchar, city_code varchar, county varchar, county_code varchar, source varchar
);
