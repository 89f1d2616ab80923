"use client";
import { useActionState } from "react";
import { FileField, FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { uploadPartnerLogoAction } from "@/server/partners/actions";
import { LOGO_TOO_LARGE_MESSAGE, MAX_LOGO_BYTES } from "@/lib/partner-company";

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
        maxBytes={MAX_LOGO_BYTES}
        tooLargeMessage={LOGO_TOO_LARGE_MESSAGE}
        state={state}
      />
      <SubmitButton pendingLabel="Uploading…">Upload logo</SubmitButton>
    </form>
  );
}
