"use client";
import { useActionState } from "react";
import { FormMessage, RadioGroup, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { NFR_CAP_MODE_LABELS, NFR_CAP_MODES, NFR_CAPS, type NfrCapMode } from "@/lib/nfr";
import { updateNfrCapModeAction } from "@/server/nfr/actions";

const DESCRIPTIONS: Record<NfrCapMode, string> = {
  LICENSES: `Each active license counts once, whatever its users: a Select partner may hold ${NFR_CAPS.SELECT}, an Open partner ${NFR_CAPS.OPEN}.`,
  USERS: `The users of all active licenses are added up: a Select partner may hold ${NFR_CAPS.SELECT} users, an Open partner ${NFR_CAPS.OPEN}.`,
};

export function CapModeForm({ capMode }: { capMode: NfrCapMode }) {
  const [state, formAction] = useActionState(updateNfrCapModeAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <RadioGroup
        name="nfrCapMode"
        legend="The cap counts"
        state={state}
        defaultValue={capMode}
        options={NFR_CAP_MODES.map((mode) => ({ value: mode, label: NFR_CAP_MODE_LABELS[mode], description: DESCRIPTIONS[mode] }))}
      />
      <SubmitButton pendingLabel="Saving…">Save the cap setting</SubmitButton>
    </form>
  );
}
