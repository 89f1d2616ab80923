import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";

export const ZResendOutboxEmailSchema = z.object({ emailId: recordId("Choose a message.") });
export type TResendOutboxEmail = z.infer<typeof ZResendOutboxEmailSchema>;
