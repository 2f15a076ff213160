-- core.dim_place: one row per administrative division (province, city, county, township/street);
-- place_key is the division code, or for a township / street its county's code + "/" + its name.
create or replace table core.dim_place as
select place_key, code, name, short, level, province, province_code, city, city_code, county, county_code, source
from raw.places;
