-- Daily ETL for page views
SET hive.exec.dynamic.partition.mode=nonstrict;
SET mapreduce.job.queuename=${hiveconf:queue};

CREATE EXTERNAL TABLE IF NOT EXISTS raw_views (
  user_id     BIGINT,
  url         STRING,
  referrer    VARCHAR(2048),
  tags        ARRAY<STRING>,
  props       MAP<STRING, STRING>,
  geo         STRUCT<country: STRING, city: STRING>,
  ts          TIMESTAMP
)
PARTITIONED BY (dt STRING)
ROW FORMAT DELIMITED
  FIELDS TERMINATED BY '\t'
  COLLECTION ITEMS TERMINATED BY ','
STORED AS TEXTFILE
LOCATION '/data/raw/views/${hiveconf:env}';

/* rebuild the summary table */
INSERT OVERWRITE TABLE daily_views PARTITION (dt)
SELECT
  url,
  COUNT(DISTINCT user_id) AS visitors,
  COUNT(*) AS views,
  PERCENTILE_APPROX(CAST(unix_timestamp(ts) AS DOUBLE), 0.5) AS median_ts,
  COLLECT_SET(geo.country) AS countries,
  regexp_extract(url, "^https?://([^/]+)", 1) AS host,
  dt
FROM raw_views LATERAL VIEW explode(tags) t AS tag
WHERE dt = '${hiveconf:run_date}'
  AND url RLIKE '.*\\.html$'
  AND referrer IS NOT NULL
GROUP BY url, dt
HAVING views > 10
DISTRIBUTE BY dt SORT BY views DESC
LIMIT 1000;

ALTER TABLE raw_views ADD PARTITION (dt='2024-01-01');
MSCK REPAIR TABLE raw_views;
SHOW PARTITIONS raw_views;
DESCRIBE FORMATTED daily_views;
