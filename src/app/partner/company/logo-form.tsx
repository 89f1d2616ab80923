"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { FileField } from "@/components/file-field";
import { IDLE } from "@/server/action-state";
import { uploadPartnerLogoAction } from "@/server/partners/actions";
import { MAX_LOGO_BYTES } from "@/server/partners/schemas";

export function LogoForm() {
  const [state, formAction] = useActionState(uploadPartnerLogoAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <FileField
        name="logo"
        label="New logo"
        accept="image/png,image/jpeg,image/webp,image/gif"
        hint={`PNG, JPEG, WebP or GIF, up to ${MAX_LOGO_BYTES / 1024} KB.`}
        state={state}
      />
      <SubmitButton pendingLabel="Uploading…">Upload logo</SubmitButton>
    </form>
  );
}
