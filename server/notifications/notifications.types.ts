// The data each kind of notification carries; the UI and e-mail write it out in the reader's language.

export type Decision = "approve" | "request_revision" | "reject";

export interface NotificationPayloads {
  /** To reviewers of the program's jurisdictions. */
  program_submitted: { programTitle: string; companyName: string; resubmission: boolean };
  /** To the company's officers. */
  program_decided: { programTitle: string; decision: Decision; note: string | null };
  /** To reviewers: the detector raised a pair. */
  program_flagged: { programTitle: string; otherTitle: string; kind: "duplicate" | "overlap" };
  /** To the officers of both companies. */
  collaboration_proposed: { programTitle: string; otherTitle: string; otherCompany: string };
  /** To the reviewers of the need's jurisdiction. */
  need_adopted: { needTitle: string; companyName: string };
}
