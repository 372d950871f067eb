/** A jurisdiction as its name and code (`Kutai Timur 64.08`), or the code alone while the name is unknown. */
export function AreaLabel({ code, name }: { code: string; name: string }) {
  if (name === code) return <span className="font-mono">{code}</span>;
  return (
    <span>
      {name} <span className="font-mono text-xs text-slate-500">{code}</span>
    </span>
  );
}
