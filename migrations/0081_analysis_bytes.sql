-- Language statistics are measured in bytes (file sizes, as GitHub Linguist does), no longer in lines.
-- Analyses stored before keep their languages and file counts; their line counts cannot become bytes,
-- so their bytes and shares read 0 until the repository is analysed again.
ALTER TABLE `analyses` RENAME COLUMN `total_lines` TO `total_bytes`;
--> statement-breakpoint
UPDATE `analyses`
SET
  `total_bytes` = 0,
  `languages` = (
    SELECT coalesce(
      json_group_array(
        json_object('language', json_extract(l.value, '$.language'), 'files', json_extract(l.value, '$.files'), 'bytes', 0, 'share', 0)
      ),
      '[]'
    )
    FROM json_each(`analyses`.`languages`) AS l
  )
WHERE `languages` LIKE '%"lines"%';
