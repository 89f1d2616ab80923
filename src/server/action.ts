// The one way to build a server action: session → capability → zod-parsed input → operation → revalidate.
// Operations do their writes and audit event in one transaction; this file only wires them to forms.
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/server/auth/session";
import { authorize, type Capability, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { clientIpFrom } from "@/server/request-ip";
import type { ActionState } from "@/lib/action-state";
import { hasControlCharacters, withoutControlCharacters } from "@/lib/control-characters";

export interface ActionContext<U> {
  user: U;
  ip: string;
}

interface ActionDefinition<S extends z.ZodType, R, U> {
  schema: S;
  run: (input: z.infer<S>, context: ActionContext<U>) => Promise<R>;
  /** Paths whose cached render shows what the action changed. */
  revalidate?: string[];
  successMessage?: string | ((result: R) => string);
  /** Where to send the user after success. */
  redirectTo?: string | ((result: R) => string);
}

type FormValue = string | string[] | File;

/**
 * FormData as a plain object; a name that occurs more than once (checkbox groups) becomes an array. An uploaded file
 * stays a File for the schema to check; an empty file input (nothing chosen) is left out.
 */
function formDataToObject(formData: FormData): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const entries = formData.getAll(key);
    const file = entries.find((value): value is File => typeof value !== "string");
    if (file) {
      if (file.size > 0 || file.name) values[key] = file;
      continue;
    }
    const all = entries.filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

function echoValues(values: Record<string, FormValue>): Record<string, string> {
  const echoed: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    // Secrets are never sent back to the page, and a file cannot be put back into an input.
    if (/password|token/i.test(key) || value instanceof File) continue;
    echoed[key] = withoutControlCharacters(Array.isArray(value) ? value.join(",") : value, { allowWhitespace: true });
  }
  return echoed;
}

/** A message beside each field (or the file's name) that carries a control character. */
function controlCharacterErrors(values: Record<string, FormValue>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const texts = value instanceof File ? [value.name] : Array.isArray(value) ? value : [value];
    if ([key, ...texts].some((text) => hasControlCharacters(text, { allowWhitespace: true }))) {
      errors[withoutControlCharacters(key) || "form"] = "This field holds characters that are not text (such as a NUL byte). Remove them and try again.";
    }
  }
  return errors;
}

const UNREADABLE: ActionState = {
  status: "error",
  message: "This form could not be read. Reload the page and try again.",
  fieldErrors: {},
  values: {},
};

function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

function errorState(error: AppError, raw: Record<string, FormValue>): ActionState {
  return {
    status: "error",
    message: error.message,
    fieldErrors: { ...error.fieldErrors, ...(error.field ? { [error.field]: error.message } : {}) },
    values: echoValues(raw),
  };
}

function buildAction<S extends z.ZodType, R, U>(
  resolveUser: () => Promise<U>,
  definition: ActionDefinition<S, R, U>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_previous, formData) => {
    // Anyone can post to an action's endpoint: a body that is not a form (an array, a string, null) is refused here,
    // as any bad input is, rather than failing on the way in.
    if (!(formData instanceof FormData)) return UNREADABLE;
    const raw = formDataToObject(formData);
    let user: U;
    try {
      user = await resolveUser();
    } catch (error) {
      if (error instanceof AppError) return errorState(error, raw);
      throw error;
    }
    const unreadableFields = controlCharacterErrors(raw);
    if (Object.keys(unreadableFields).length > 0) {
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: unreadableFields, values: echoValues(raw) };
    }
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) {
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values: echoValues(raw) };
    }
    const ip = clientIpFrom(await headers());
    let result: R;
    try {
      result = await definition.run(parsed.data, { user, ip });
    } catch (error) {
      if (error instanceof AppError) return errorState(error, raw);
      console.error(error);
      return { status: "error", message: "Something went wrong on our side; nothing was saved. Try again.", fieldErrors: {}, values: echoValues(raw) };
    }
    for (const path of definition.revalidate ?? []) revalidatePath(path);
    if (definition.redirectTo) {
      redirect(typeof definition.redirectTo === "function" ? definition.redirectTo(result) : definition.redirectTo);
    }
    const message = typeof definition.successMessage === "function" ? definition.successMessage(result) : definition.successMessage;
    return { status: "success", message: message ?? "Saved." };
  };
}

/** An action anyone may call (sign-up, password reset). */
export function publicAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R, SessionUser | null>) {
  return buildAction(getCurrentUser, definition);
}

/**
 * An action for signed-in users holding `capability` (src/server/auth/policy.ts), checked here and nowhere else:
 * anyone else gets FORBIDDEN before the input is read. The operation scopes its reads and writes with
 * partnerScope(user, capability) or ownPartnerId(user), so a foreign id finds nothing.
 */
export function capabilityAction<S extends z.ZodType, R>(capability: Capability, definition: ActionDefinition<S, R, SessionUser>) {
  const action = buildAction(async () => {
    const user = await getCurrentUser();
    if (!user) redirect("/login");
    authorize(user, capability);
    return user;
  }, definition);
  return Object.assign(action, { capability });
}
