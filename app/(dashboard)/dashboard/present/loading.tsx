import { getTranslator } from "@/server/i18n/locale";
import { DeckFrame } from "./_components/frame";

/** The deck's frame while the figures load: the same overlay, so the slides appear without a jump. */
export default async function Loading() {
  const { t } = await getTranslator();
  return (
    <DeckFrame label={t("present.title")} progress={0} controls={<div className="h-11" />}>
      <p className="flex h-full items-center justify-center text-xl text-slate-500" role="status">
        {t("present.loading")}
      </p>
    </DeckFrame>
  );
}
