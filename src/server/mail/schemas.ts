import "server-only";
import { z } from "zod";

export const ZResendOutboxEmailSchema = z.object({ emailId: z.string().min(1, "Choose a message.") });
export type TResendOutboxEmail = z.infer<typeof ZResendOutboxEmailSchema>;
