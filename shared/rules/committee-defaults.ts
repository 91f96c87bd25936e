// What a new committee's form can fill in from what was already typed, so the secretary types each fact once:
// "Ban Chỉ đạo 138 tỉnh Ninh Bình" gives the issuing body printed under the parent body ("BAN CHỈ ĐẠO 138") and
// the place of the date line ("Ninh Bình"); the signer is the head until someone else is typed.
import { tidySpaces } from '../text/vietnamese';

/** The locality words that end a committee's name: "… tỉnh Ninh Bình", "… xã Gia Hưng", "… thành phố Hà Nội". */
const LOCALITY = /\s+(?:tỉnh|thành phố|tp\.?|xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\s+(\S.*)$/iu;

export interface CommitteeSuggestions {
  issuingBody: string;
  locality: string;
}

export function suggestFromCommitteeName(name: string): CommitteeSuggestions {
  const clean = tidySpaces(name);
  const match = LOCALITY.exec(clean);
  if (!match) return { issuingBody: clean.toLocaleUpperCase('vi'), locality: '' };
  return { issuingBody: clean.slice(0, match.index).toLocaleUpperCase('vi'), locality: match[1]!.trim() };
}
