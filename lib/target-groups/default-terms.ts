import { TARGET_GROUPS, type TargetGroup } from "@/lib/enums";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import type { TargetTerm } from "./infer";

// The synonym list, kept as data: how Indonesian CSR reports (and a few English ones) name who a
// program is for. Admins add to it and override it from the thesaurus page (target_group_terms);
// these defaults need a code change. Choices worth knowing:
// - "ibu hamil", "ibu menyusui", "ibu balita" are children (maternal and child health, stunting);
//   "ibu" alone, "ibu rumah tangga", PKK and "kelompok wanita tani" are women.
// - Orphans ("anak yatim", "panti asuhan") are children: the age group, not poverty, is named.
// - "anak sekolah", "anak SD" are students; "anak muda" youth; "anak berkebutuhan khusus" disabilities.
// - "guru" counts with the pupils (students): no category for teachers, and education is the sector.
// - "posyandu" alone is children (its users are mostly balita); "kader posyandu" cadres; "posyandu lansia" elderly.
// - Ambiguous short forms are left out: ABK (crew or children with special needs), IRT, PKL, MA/MI,
//   place names that are also peoples (Kutai, Paser), "terdampak" alone (mining or disaster?).
const WORDS: Record<TargetGroup, string> = {
  poor_households: `keluarga miskin | warga miskin | masyarakat miskin | rumah tangga miskin | RTM | miskin | fakir miskin
    | gakin | keluarga prasejahtera | prasejahtera | pra sejahtera | keluarga pra sejahtera | tidak mampu | kurang mampu
    | keluarga tidak mampu | warga kurang mampu | KPM | KPM PKH | PKH | penerima PKH | keluarga penerima manfaat
    | penerima bansos | penerima bantuan sosial | DTKS | DTSEN | dhuafa | kaum dhuafa | masyarakat berpenghasilan rendah
    | MBR | rumah tidak layak huni | RTLH | penghuni RTLH | keluarga rentan | miskin ekstrem | kemiskinan ekstrem
    | fakir | gelandangan | pengemis | PMKS | poor | the poor | low income families`,
  children: `anak | anak anak | balita | bayi | baduta | batita | bawah lima tahun | anak usia dini | kanak kanak
    | taman kanak kanak | TK | PAUD | stunting | balita stunting | anak stunting | gizi buruk | gizi kurang | ibu hamil
    | bumil | ibu menyusui | busui | ibu hamil dan menyusui | ibu balita | ibu bayi | bayi baru lahir | neonatal
    | 1000 HPK | seribu hari pertama kehidupan | anak yatim | yatim | yatim piatu | piatu | anak yatim piatu
    | panti asuhan | anak asuh | anak jalanan | anjal | anak terlantar | anak putus sekolah | posyandu | posyandu balita
    | children | child | infants | toddlers | orphans | pregnant women`,
  students: `siswa | siswi | pelajar | murid | santri | santriwati | mahasiswa | mahasiswi | peserta didik | anak sekolah
    | anak usia sekolah | anak SD | anak SMP | anak SMA | SD | SMP | SMA | SMK | MTs | sekolah | sekolah dasar
    | sekolah menengah | pesantren | pondok pesantren | ponpes | madrasah | penerima beasiswa | beasiswa | guru
    | tenaga pendidik | pendidik | perguruan tinggi | universitas | students | pupils | scholarship`,
  youth: `pemuda | pemudi | pemuda pemudi | remaja | remaja putri | karang taruna | generasi muda | anak muda | kaum muda
    | milenial | generasi milenial | gen z | posyandu remaja | pramuka | youth | young people`,
  women: `perempuan | wanita | kaum perempuan | ibu | ibu ibu | ibu rumah tangga | PKK | kader PKK | TP PKK | dasawisma
    | kelompok wanita tani | KWT | perempuan kepala keluarga | PEKKA | janda | kelompok perempuan | women | mothers`,
  elderly: `lansia | lanjut usia | usia lanjut | jompo | manula | wreda | werdha | panti werdha | panti jompo | pralansia
    | posyandu lansia | lansia terlantar | warga senior | elderly | older people | senior citizens`,
  disabilities: `disabilitas | penyandang disabilitas | difabel | kaum difabel | penyandang cacat | cacat | tunanetra
    | tuna netra | tunarungu | tuna rungu | tunawicara | tuna wicara | tunadaksa | tuna daksa | tunagrahita
    | tuna grahita | berkebutuhan khusus | anak berkebutuhan khusus | SLB | sekolah luar biasa | autis | autisme | ODGJ
    | orang dengan gangguan jiwa | disabled | disability | people with disabilities`,
  farmers_fishers: `petani | nelayan | pekebun | peternak | pembudidaya | pembudidaya ikan | kelompok tani | poktan | gapoktan
    | kelompok nelayan | nelayan tradisional | nelayan kecil | petambak | tambak | buruh tani | petani sawit
    | petani karet | petani plasma | peladang | penangkap ikan | pokdakan | kelompok pembudidaya ikan | koperasi tani
    | koperasi nelayan | peternak sapi | penyuluh pertanian | farmers | fishers | fishermen`,
  msme: `UMKM | UKM | UMK | IKM | usaha mikro | usaha kecil | usaha mikro kecil menengah | pelaku usaha | pelaku UMKM
    | pelaku usaha mikro | pedagang | pedagang kecil | pedagang kaki lima | pengrajin | perajin | wirausaha
    | wirausahawan | wirausaha muda | pengusaha kecil | mitra binaan | koperasi | BUMDes | badan usaha milik desa
    | industri rumah tangga | home industry | ekonomi kreatif | penjahit | small businesses | entrepreneurs`,
  disaster_victims: `korban bencana | korban banjir | korban kebakaran | korban longsor | korban tanah longsor
    | korban gempa | korban angin puting beliung | terdampak banjir | terdampak bencana | terdampak kebakaran
    | pengungsi | penyintas | penyintas bencana | bencana | banjir | kebakaran | longsor | tanah longsor | gempa
    | gempa bumi | tsunami | rawan bencana | disaster victims | flood victims | refugees`,
  health_workers_cadres: `kader | kader kesehatan | kader posyandu | kader KB | kader TPK | tim pendamping keluarga | TPK
    | tenaga kesehatan | nakes | petugas kesehatan | bidan | bidan desa | perawat | dokter | jumantik | sanitarian
    | tenaga medis | petugas puskesmas | health workers | health cadres | midwives | nurses`,
  indigenous: `masyarakat adat | masyarakat hukum adat | komunitas adat | komunitas adat terpencil | KAT | suku pedalaman
    | suku | adat | lembaga adat | kampung adat | orang asli | dayak | suku dayak | punan | suku punan | basap
    | indigenous | indigenous people | indigenous communities`,
  general_public: `warga | masyarakat | masyarakat umum | warga desa | masyarakat desa | warga sekitar | masyarakat sekitar
    | masyarakat lokal | penduduk | penduduk desa | umum | publik | ring 1 | masyarakat ring 1 | rumah tangga
    | kepala keluarga | general public | community | communities | residents | public | villagers | local people
    | local community | local residents | inhabitants`,
};

/** The list companies' words are matched against: synonyms, then each category's code and labels. */
export const DEFAULT_TARGET_TERMS: readonly TargetTerm[] = [
  ...TARGET_GROUPS.flatMap((category) =>
    WORDS[category]
      .split("|")
      .map((term) => term.trim())
      .filter(Boolean)
      .map((term) => ({ term, category })),
  ),
  ...TARGET_GROUPS.flatMap((category) => [
    { term: category, category },
    { term: id.targetGroups[category], category },
    { term: en.targetGroups[category], category },
  ]),
];
