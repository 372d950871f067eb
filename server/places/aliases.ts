/**
 * Short names people write for areas instead of the register's name. Compared like names
 * (case, spaces and punctuation do not matter), so "Kab. Kukar" and "KUKAR" both work.
 * An alias only adds a name; the register's own names keep working.
 * Keep an alias out of this list when it is also a real area name meaning something else.
 */
export const PLACE_ALIASES: readonly { alias: string; code: string }[] = [
  // Kalimantan Timur and its regencies and cities.
  { alias: "Kaltim", code: "64" },
  { alias: "Kukar", code: "64.02" },
  { alias: "Kutai Kertanegara", code: "64.02" },
  { alias: "Kutim", code: "64.08" },
  { alias: "Kubar", code: "64.07" },
  { alias: "PPU", code: "64.09" },
  { alias: "Mahulu", code: "64.11" },
  { alias: "Bpp", code: "64.71" },
  { alias: "Bpn", code: "64.71" },
  { alias: "Smd", code: "64.72" },
  // Provinces people name by their usual short form.
  { alias: "Kaltara", code: "65" },
  { alias: "Kalsel", code: "63" },
  { alias: "Kalteng", code: "62" },
  { alias: "Kalbar", code: "61" },
  { alias: "Sulsel", code: "73" },
  { alias: "Sulteng", code: "72" },
  { alias: "Sultra", code: "74" },
  { alias: "Sulut", code: "71" },
  { alias: "Sulbar", code: "76" },
  { alias: "Jatim", code: "35" },
  { alias: "Jateng", code: "33" },
  { alias: "Jabar", code: "32" },
  { alias: "DKI Jakarta", code: "31" },
  { alias: "DKI", code: "31" },
  { alias: "Jakarta", code: "31" },
  { alias: "DIY", code: "34" },
  { alias: "Sumut", code: "12" },
  { alias: "Sumbar", code: "13" },
  { alias: "Sumsel", code: "16" },
  { alias: "Babel", code: "19" },
  { alias: "Kepri", code: "21" },
  { alias: "NTB", code: "52" },
  { alias: "NTT", code: "53" },
  { alias: "Malut", code: "82" },
];
