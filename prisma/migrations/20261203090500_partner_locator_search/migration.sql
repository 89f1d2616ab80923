-- The public locator searches a partner's legal name, description and services by part. One text column holds the
-- three, kept by a trigger so every way a partner is written (applications, profile edits, seeds) keeps it, and a
-- trigram index serves ILIKE '%…%' on it instead of a scan of every partner.

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "locatorSearch" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Partner_locatorSearch_trgm_idx" ON "Partner" USING GIN ("locatorSearch" gin_trgm_ops);

-- The text searched: one definition, used by the trigger and by the large seed (which inserts with triggers off).
CREATE FUNCTION "partner_locator_search_text"(legal_name TEXT, description TEXT, services TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$ SELECT concat_ws(' ', legal_name, description, array_to_string(services, ' ')) $$;

CREATE FUNCTION "partner_locator_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."locatorSearch" := "partner_locator_search_text"(NEW."legalName", NEW."description", NEW."services");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Partner_locatorSearch" BEFORE INSERT OR UPDATE OF "legalName", "description", "services" ON "Partner"
FOR EACH ROW EXECUTE FUNCTION "partner_locator_search"();

UPDATE "Partner" SET "locatorSearch" = "partner_locator_search_text"("legalName", "description", "services");
