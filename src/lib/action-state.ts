/** What a form gets back from a server action (shared by server and client code). */
export type ActionState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

export const IDLE: ActionState = { status: "idle" };
