-- Every notice links to what it is about. Notices written before that was required lead to the notifications list,
-- the page they were shown on, so the column can be made required without losing any.
UPDATE "Notification" SET "link" = '/notifications' WHERE "link" IS NULL;

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "link" SET NOT NULL;
