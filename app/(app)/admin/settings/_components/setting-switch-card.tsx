"use client";

import { useId, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";

/** One installation setting that is on or off: what it does, the switch, and what its state means now. */
export function SettingSwitchCard(props: {
  title: string;
  description: string;
  explain: string;
  label: string;
  isOn: boolean;
  isBusy: boolean;
  onToggle: () => void;
  /** What the current state means ("Nonaktif: …"), announced with the switch. */
  state: ReactNode;
  formError: string | null | undefined;
  /** Test ids: `${testId}-state` and the alert's label `${testId}-error`. */
  testId: string;
}) {
  const stateId = useId();
  return (
    <Card className="max-w-2xl">
      <CardSection title={props.title} description={props.description}>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{props.explain}</p>
          <Switch label={props.label} isOn={props.isOn} isBusy={props.isBusy} onToggle={props.onToggle} describedBy={stateId} />
          <p id={stateId} className="text-sm text-slate-600" data-testid={`${props.testId}-state`}>
            {props.state}
          </p>
          {props.formError ? (
            <Alert tone="error" label={`${props.testId}-error`}>
              {props.formError}
            </Alert>
          ) : null}
        </div>
      </CardSection>
    </Card>
  );
}
