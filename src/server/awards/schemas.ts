import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";

/** Each task of an award case is one button on the case's page: the case is all it names. */
export const ZAwardCaseTaskSchema = z.object({ caseId: recordId("Choose an award case.") });
export type TAwardCaseTask = z.infer<typeof ZAwardCaseTaskSchema>;
