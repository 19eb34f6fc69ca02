// Type-checks the generated kcanon.d.ts (tsc -p tests/tsconfig.json): the
// uses a web developer writes must compile, and each misuse below must not
// (it is marked as an expected error, and tsc fails if it compiles).
import init, {
  canonicalize,
  compare,
  explain,
  hangul,
  key,
  pronounce,
  romanize,
  rules,
  systems,
  variants,
  version,
  type Candidate,
  type CanonicalizeOptions,
  type Change,
  type Explanation,
  type RomanizeOptions,
  type RuleInfo,
  type System,
  type Verdict,
} from "../../web/pkg/kcanon.js";

export async function uses(): Promise<string[]> {
  await init();
  const options: CanonicalizeOptions = { to: "dprk", spacing: false, rokSurnames: true };
  const text: string = canonicalize("로씨야", options) + canonicalize("로씨야");
  const e: Explanation = explain(text);
  const first: Change | undefined = e.changes[0];
  const offsets: number = (first?.start ?? 0) + (first?.end ?? 0);
  const rule: string = first?.rule ?? "";
  const spellings: string[] = variants("노동");
  const ro: RomanizeOptions = { kind: "name", surname: "conventional", hyphenate: true };
  const system: System = "mr-ascii";
  const all: System[] = systems();
  const latin: string = romanize("김동명", system, ro) + romanize("김동명", "kcna");
  const sound: string = pronounce("같이");
  const cands: Candidate[] = hangul("Kim Jong Un");
  const top: number = cands[0]?.score ?? 0;
  const v: Verdict = compare("Kim Dongmyeong", "KIM Tong Myong");
  const same: boolean = v.same;
  const list: RuleInfo[] = rules();
  return [text, rule, latin, sound, key("Kim Jong Un"), version(), String(offsets + top), String(same)]
    .concat(spellings, all, list.map((r) => r.description));
}

export function misuses(): void {
  // @ts-expect-error: not a system
  romanize("가", "klingon");
  // @ts-expect-error: not a target
  canonicalize("가", { to: "kp" });
  // @ts-expect-error: an option that does not exist
  canonicalize("가", { spaceing: false });
  // @ts-expect-error: a flag is a boolean
  canonicalize("가", { spacing: "no" });
  // @ts-expect-error: not a kind
  romanize("가", "rr", { kind: "poem" });
  // @ts-expect-error: a verdict has no `hangul`
  compare("a", "b").hangul;
  // @ts-expect-error: candidates are objects, not strings
  const s: string = hangul("Kim")[0];
  void s;
}
