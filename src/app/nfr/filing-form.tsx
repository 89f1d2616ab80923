"use client";
// The NFR request form of /partner/nfr and /cam/nfr. Before filing, it shows what the chosen partner holds against
// its tier's cap, and a renewal names one of that partner's licenses.
import { useActionState, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Field, FormMessage, RadioGroup, SelectField, SubmitButton, TextareaField, typedValue } from "@/components/form";
import { IDLE, type ActionState } from "@/lib/action-state";
import { fileNfrRequestAction } from "@/server/nfr/actions";
import { MAX_NFR_USERS, MIN_NFR_USERS, NFR_PLANS, NFR_PLAN_LABELS } from "@/lib/nfr";

export interface FilingFormPartner {
  id: string;
  legalName: string;
  capText: string;
  atCap: boolean;
  renewable: { id: string; label: string }[];
}

export interface FilingFormDefaults {
  partnerId: string;
  kind: "NEW" | "RENEWAL";
  renewsLicenseId: string;
  contactName: string;
  contactEmail: string;
  usersCount: string;
  plan: string;
}

const PLAN_OPTIONS = NFR_PLANS.map((plan) => ({ value: plan, label: NFR_PLAN_LABELS[plan] }));
const KIND_OPTIONS = [
  { value: "NEW", label: "New license" },
  { value: "RENEWAL", label: "Renewal", description: "Replaces one of the partner's licenses, with its own one-year term." },
];

export function FilingForm({
  partners,
  licensesOf,
  choosePartner,
  defaults,
}: {
  partners: FilingFormPartner[];
  /** The partner whose licenses `renewable` carries; another partner's come from the server once picked. */
  licensesOf: string | null;
  /** A CAM chooses the account; a partner user files for their own company, the only one given. */
  choosePartner: boolean;
  defaults: FilingFormDefaults;
}) {
  const [state, formAction] = useActionState(fileNfrRequestAction, IDLE);
  // The partner picked since the last submit; after one, the form shows the partner it was submitted for.
  const [picked, setPicked] = useState<{ after: ActionState; partnerId: string } | null>(null);
  const partnerId = choosePartner ? (picked?.after === state ? picked.partnerId : typedValue(state, "partnerId", defaults.partnerId)) : partners[0]?.id;
  const partner = partners.find((candidate) => candidate.id === partnerId);
  const router = useRouter();
  const pathname = usePathname();
  const licensesLoaded = partner !== undefined && partner.id === licensesOf;

  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === "partnerId") {
      setPicked({ after: state, partnerId: target.value });
      // The picked account's licenses come with the page for that account; what was typed stays in the form.
      if (target.value) router.replace(`${pathname}?partner=${encodeURIComponent(target.value)}`, { scroll: false });
    }
    // Choosing a license to renew makes the request a renewal, so the two choices cannot disagree unnoticed.
    if (target.name === "renewsLicenseId" && target.value !== "") {
      const kind = event.currentTarget.elements.namedItem("kind");
      if (kind instanceof RadioNodeList) kind.value = "RENEWAL";
    }
  }

  return (
    <form action={formAction} onChange={onChange} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {choosePartner ? (
        <SelectField
          name="partnerId"
          label="Partner"
          state={state}
          defaultValue={defaults.partnerId}
          options={[
            { value: "", label: "Choose a partner" },
            ...partners.map((candidate) => ({ value: candidate.id, label: `${candidate.legalName} (${candidate.capText})` })),
          ]}
          hint="Your Authorized accounts, with the licenses each holds against its tier's cap."
        />
      ) : null}
      <p className="text-sm text-gray-800" aria-live="polite">
        {partner ? (
          <>
            <span className="font-medium">{partner.capText}.</span>
            {partner.atCap ? " At the cap, a new license cannot be approved; a renewal replaces the license it renews." : null}
          </>
        ) : (
          "Choose a partner to see the licenses it holds against its cap."
        )}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="contactName" label="Contact name" state={state} defaultValue={defaults.contactName} autoComplete="off" />
        <Field
          name="contactEmail"
          label="Contact email"
          type="email"
          state={state}
          defaultValue={defaults.contactEmail}
          autoComplete="off"
          hint="The license key is emailed here."
        />
        <Field
          name="usersCount"
          label="Users"
          type="number"
          inputMode="numeric"
          min={MIN_NFR_USERS}
          max={MAX_NFR_USERS}
          state={state}
          defaultValue={defaults.usersCount}
          hint={`From ${MIN_NFR_USERS} to ${MAX_NFR_USERS}.`}
        />
        <SelectField name="plan" label="Plan" state={state} defaultValue={defaults.plan} options={PLAN_OPTIONS} />
      </div>
      <RadioGroup name="kind" legend="New license or renewal" state={state} defaultValue={defaults.kind} options={KIND_OPTIONS} />
      {/* Keyed by partner: another partner's licenses are other choices. */}
      <div key={`${partnerId ?? ""}:${licensesLoaded}`}>
        <SelectField
          name="renewsLicenseId"
          label="License to renew"
          state={state}
          defaultValue={partner?.renewable.some((license) => license.id === defaults.renewsLicenseId) ? defaults.renewsLicenseId : ""}
          options={[
            {
              value: "",
              label:
                partner && !licensesLoaded
                  ? "Loading the partner's licenses…"
                  : partner && partner.renewable.length === 0
                    ? "No license to renew"
                    : "Not a renewal",
            },
            ...(licensesLoaded ? partner.renewable.map((license) => ({ value: license.id, label: license.label })) : []),
          ]}
          hint="For a renewal: the partner's active or expired license it replaces."
        />
      </div>
      <TextareaField
        name="justification"
        label="Justification"
        state={state}
        hint="What the licenses are for: the demo, lab or training they support."
        rows={4}
      />
      <SubmitButton pendingLabel="Filing…">File request</SubmitButton>
    </form>
  );
}
