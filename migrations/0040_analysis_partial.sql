-- A repository past the file or content limit is analysed partially instead of failing: the
-- analysis records why and how many files were read ({ reason, filesRead, filesTotal }).
ALTER TABLE `analyses` ADD `partial` text;
