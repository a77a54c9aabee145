// Which bare head titles a state can have (data/states.json `governmentTitles`): "President X"
// in a story about Britain and Argentina is Argentina's, "King X" in one about Iran and Saudi
// Arabia is Saudi Arabia's.
import statesData from '../data/states.json';

const NO_PRESIDENT = new Set(statesData.governmentTitles.noPresident);
const NO_PRIME_MINISTER = new Set(statesData.governmentTitles.noPrimeMinister);
const MONARCHIES = new Set(statesData.governmentTitles.monarchies);

const MONARCH_TITLE = /^(king|queen|emir|amir|sultan|crown prince|crown princess|monarch|emperor|empress)$/;

/** False only when the state is known to have no office of that title ("prime minister" of the United States). */
export function titleFitsState(title: string, iso: string | undefined): boolean {
  if (!iso) return true;
  const t = title.toLowerCase().replace(/^(then|interim|acting|outgoing)[- ]/, '').trim();
  if (t === 'president' || t === 'co-president') return !NO_PRESIDENT.has(iso);
  if (t === 'prime minister' || t === 'premier') return !NO_PRIME_MINISTER.has(iso);
  if (MONARCH_TITLE.test(t)) return MONARCHIES.has(iso);
  return true;
}
