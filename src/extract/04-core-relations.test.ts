import { extractDocument } from './index';
import { CORE_RELATION_TYPES } from '../model';
import { relationTriples, tripleKey as key, type Triple } from './relation-triples';

const coreTriples = (text: string): string[] => relationTriples(text, CORE_RELATION_TYPES);

const cases: Array<[string, string, Triple[]]> = [
  // CRITICIZED: voice, direction, several targets, owners, nominal forms
  ['active voice', 'Canadian Prime Minister Justin Trudeau accused Belarus of destabilizing the region.', [['CRITICIZED', 'Justin Trudeau', 'Belarus']]],
  ['passive voice', 'Belarus was condemned by Canadian Prime Minister Justin Trudeau on Monday.', [['CRITICIZED', 'Justin Trudeau', 'Belarus']]],
  [
    'one relation per target',
    'Alexander Lukashenko accused Poland, Lithuania and Latvia of plotting a coup.',
    [
      ['CRITICIZED', 'Alexander Lukashenko', 'Latvia'],
      ['CRITICIZED', 'Alexander Lukashenko', 'Lithuania'],
      ['CRITICIZED', 'Alexander Lukashenko', 'Poland'],
    ],
  ],
  ['criticism of an act goes to its owner', "Chiara Rinaldi denounced Belarus's border policy.", [['CRITICIZED', 'Chiara Rinaldi', 'Belarus']]],
  ['nominal form', "Mexico's condemnation of Colombia surprised diplomats.", [['CRITICIZED', 'Mexico', 'Colombia']]],
  [
    'participle takes the main subject',
    'Lucia Navarro, the Mexican president, hit back on Tuesday, accusing Canada of arrogance.',
    [['CRITICIZED', 'Lucia Navarro', 'Canada']],
  ],
  ['insulting label', 'Andres Quintero called Nayib Bukele a dictator.', [['CRITICIZED', 'Andres Quintero', 'Nayib Bukele']]],
  ['an unnamed spokesman speaks for the body', 'A spokesman for the Canadian Foreign Ministry accused Belarus of lying.', [['CRITICIZED', 'Foreign Ministry', 'Belarus']]],
  ['an act blamed on its author', 'Lithuania blamed the cyberattack on Belarus.', [['CRITICIZED', 'Lithuania', 'Belarus']]],
  [
    'a predicate coordinated after a report is the reporter\'s',
    'Lucia Navarro said Canada should reconsider and warned Belarus against interfering.',
    [['CRITICIZED', 'Lucia Navarro', 'Belarus']],
  ],
  ['object relative clause', 'Belarus staged the drills, which Lithuania condemned.', [['CRITICIZED', 'Lithuania', 'Belarus']]],
  [
    'a joint statement speaks for each author',
    'A joint statement by Canada and Mexico condemned Belarus.',
    [
      ['CRITICIZED', 'Canada', 'Belarus'],
      ['CRITICIZED', 'Mexico', 'Belarus'],
    ],
  ],
  [
    'mutual accusations go both ways',
    'Armenia and Azerbaijan accused each other of violating the truce.',
    [
      ['CRITICIZED', 'Armenia', 'Azerbaijan'],
      ['CRITICIZED', 'Azerbaijan', 'Armenia'],
    ],
  ],
  [
    'a definite noun names the body it is part of',
    'The Arctic Council met in Oslo. The council later condemned Belarus.',
    [['CRITICIZED', 'Arctic Council', 'Belarus']],
  ],
  ['refusal is not criticism', 'Justin Trudeau refused to criticize Mexico.', []],
  ['hypothetical criticism', 'Justin Trudeau would condemn Mexico if the talks failed.', []],
  ['praise is not criticism', 'Justin Trudeau praised Mexico for its leadership.', []],
  ['a warning of danger is not criticism', 'Canada warned Mexico of an approaching hurricane.', []],
  ['a warning against an act is', 'Canada warned Mexico against raising tariffs.', [['CRITICIZED', 'Canada', 'Mexico']]],
  [
    'criticism around an event has no source',
    'Justin Trudeau met Lucia Navarro amid criticism of Belarus.',
    [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']],
  ],
  ['mutual hostility is not criticism', 'The feud between Canada and India deepened in the spring.', []],

  ['rebuke as a noun', "Canada's rebuke of Belarus was unusually blunt.", [['CRITICIZED', 'Canada', 'Belarus']]],
  ['criticism drawn from someone', 'Hungary vetoed the statement, drawing criticism from Poland.', [['CRITICIZED', 'Poland', 'Hungary']]],
  [
    'inside a quotation "we" is the speaker\'s state',
    '"We condemn Japan for its reckless conduct," Chinese Foreign Minister Qin Gang said.',
    [['CRITICIZED', 'China', 'Japan']],
  ],
  [
    '"they" after a list of states',
    'The leaders of Canada, Mexico and Chile met in Ottawa. In a joint statement, they condemned Belarus.',
    [
      ['CRITICIZED', 'Canada', 'Belarus'],
      ['CRITICIZED', 'Chile', 'Belarus'],
      ['CRITICIZED', 'Mexico', 'Belarus'],
      ['MET_WITH', 'Canada', 'Chile'],
      ['MET_WITH', 'Canada', 'Mexico'],
      ['MET_WITH', 'Chile', 'Mexico'],
    ],
  ],

  // MET_WITH: meetings that happened, and everything that is not one
  ['met', 'Thabo Nkosi met Razak Hamid in Pretoria on Friday.', [['MET_WITH', 'Razak Hamid', 'Thabo Nkosi']]],
  ['held talks together', 'Thabo Nkosi and Razak Hamid held talks in Pretoria.', [['MET_WITH', 'Razak Hamid', 'Thabo Nkosi']]],
  [
    'a relative clause after two names',
    'Justin Trudeau and Lucia Navarro, who met in Lima last week, will travel to Ottawa.',
    [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']],
  ],
  ['future meeting', 'Thabo Nkosi will meet Razak Hamid next week.', []],
  ['hoped-for meeting', 'Thabo Nkosi hopes to meet Razak Hamid soon.', []],
  ['planned summit', 'A planned summit between Thabo Nkosi and Razak Hamid was called off.', []],
  [
    'a host and two guests all meet',
    'Chiara Rinaldi hosted Justin Trudeau and Razak Hamid in Rome.',
    [
      ['MET_WITH', 'Razak Hamid', 'Chiara Rinaldi'],
      ['MET_WITH', 'Razak Hamid', 'Justin Trudeau'],
      ['MET_WITH', 'Chiara Rinaldi', 'Justin Trudeau'],
    ],
  ],
  ['compound of two states', 'The Canada-Mexico talks ended without a deal.', [['MET_WITH', 'Canada', 'Mexico']]],
  [
    'meeting in a fronted phrase',
    'During a meeting with Justin Trudeau, Lucia Navarro raised the question of tariffs.',
    [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']],
  ],
  [
    'a group word names earlier people',
    'Canadian Prime Minister Justin Trudeau and Mexican President Lucia Navarro arrived in Lima. The two leaders later held talks at the palace.',
    [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']],
  ],
  ['a refused meeting', 'Razak Hamid said there was no reason to meet Thabo Nkosi.', []],
  ['talks still to come', 'Justin Trudeau arrived in Mexico City ahead of talks with Lucia Navarro.', []],
  ['talks said to be possible', 'Belarus said talks with Poland were possible.', []],
  ['talks that stalled still took place', 'Talks between Canada and Mexico stalled in May.', [['MET_WITH', 'Canada', 'Mexico']]],
  ['openness to talks is no meeting', 'Belarus said it was open to talks with Poland.', []],
  ['welcoming an election is no meeting', "Justin Trudeau welcomed Lucia Navarro's election.", []],
  ['letters are not meetings', 'Thabo Nkosi exchanged letters with Razak Hamid.', []],
  ['spoke by phone with', 'Justin Trudeau spoke by phone with Lucia Navarro on Sunday.', [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']]],
  ['two who spoke by phone', 'Justin Trudeau and Lucia Navarro spoke by phone on Sunday.', [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']]],
  ['a call from someone', 'Justin Trudeau received a phone call from Lucia Navarro.', [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']]],
  ['visiting a person', 'Justin Trudeau visited Lucia Navarro at the palace.', [['MET_WITH', 'Lucia Navarro', 'Justin Trudeau']]],
  ['visiting a country is no meeting', 'Justin Trudeau visited Mexico in May.', []],
  ['hosting a dinner for a guest', 'Japanese Prime Minister Kenji Arakawa hosted a dinner for Indian Prime Minister Arjun Mehta in Tokyo.', [['MET_WITH', 'Arjun Mehta', 'Kenji Arakawa']]],
  ['a place phrase before a passive agent', 'Indian Prime Minister Arjun Mehta was greeted at the airport by Japanese Foreign Minister Yuko Tanaka.', [['MET_WITH', 'Arjun Mehta', 'Yuko Tanaka']]],
  ['passive reception', 'Razak Hamid was received by Thabo Nkosi in Pretoria.', [['MET_WITH', 'Razak Hamid', 'Thabo Nkosi']]],

  // ALLIED_WITH: bound by agreement, not by peace or trade
  ['signed a treaty', 'Poland and Lithuania signed a mutual defense treaty in 2023.', [['ALLIED_WITH', 'Lithuania', 'Poland']]],
  ['ally of', 'Canada is a treaty ally of the United States.', [['ALLIED_WITH', 'Canada', 'United States']]],
  ['alliance compound', 'The Canada-Mexico alliance has held for decades.', [['ALLIED_WITH', 'Canada', 'Mexico']]],
  ['an ally named after the noun', "Poland's ally Lithuania sent observers.", [['ALLIED_WITH', 'Lithuania', 'Poland']]],
  ['trade partners are not allies', 'Canada and Mexico signed an economic partnership.', []],
  [
    'leaders who sign stand for their states',
    'Canadian Prime Minister Justin Trudeau received Mexican President Lucia Navarro, and the two signed a defense pact.',
    [
      ['ALLIED_WITH', 'Canada', 'Mexico'],
      ['MET_WITH', 'Lucia Navarro', 'Justin Trudeau'],
    ],
  ],
  ['a peace treaty is not an alliance', 'Armenia and Azerbaijan signed a peace treaty.', []],
  ['arms already supplied', 'Belarus has supplied Russia with artillery shells.', [['ALLIED_WITH', 'Belarus', 'Russia']]],
  ['two objects of supply', 'Canada has sent Ukraine hundreds of armored vehicles and artillery shells.', [['ALLIED_WITH', 'Canada', 'Ukraine']]],
  ['future supply', 'Belarus will send troops to Russia.', []],
  ['arms received from a state', 'Ukraine received howitzers and ammunition from Germany last month.', [['ALLIED_WITH', 'Germany', 'Ukraine']]],
  ['a delegation received is no supply', 'Ukraine received a delegation from Germany.', []],

  // Scope and attachment (classes seen failing on independently written text)
  ['passive with a time phrase before the agent', 'Chile was rebuked last week by Argentine President Mateo Ferrante.', [['CRITICIZED', 'Mateo Ferrante', 'Chile']]],
  ['passive with a weekday before the agent', 'Peru was condemned on Tuesday by Chile.', [['CRITICIZED', 'Chile', 'Peru']]],
  ['talks denied', 'Colombian officials denied that Bogota had held secret talks with Venezuelan officials.', []],
  ['a meeting denied', "Tomas Varela's office denied that he had met Mateo Ferrante.", []],
  ['criticism denied', 'Chile denied that it had condemned Peru.', []],
  ['talks wanted', 'Japanese Prime Minister Kenji Arakawa wants talks with Chinese President Wen Daoming.', []],
  ['talks urged on others', 'Chile and Peru called on Bolivia to open talks with Paraguay.', []],
  ['talks proposed by infinitive', 'Chile asked Peru to hold talks with Bolivia.', []],
  [
    'a purpose clause after a meeting has its own object',
    'Tomas Varela and Dina Boluarte pledged at their meeting to deepen trade with Canada.',
    [['MET_WITH', 'Dina Boluarte', 'Tomas Varela']],
  ],
  [
    'talks with two leaders at a gathering are two bilateral talks',
    'At the forum, Tomas Varela held talks with Peruvian President Dina Boluarte and Bolivian President Luis Arce.',
    [
      ['MET_WITH', 'Dina Boluarte', 'Tomas Varela'],
      ['MET_WITH', 'Tomas Varela', 'Luis Arce'],
    ],
  ],
  [
    'talks with two leaders at a trilateral meeting are one meeting',
    'Japanese Prime Minister Kenji Arakawa held talks with South Korean President Lee Min-ho and Australian Prime Minister Claire Dunn at a trilateral meeting in Tokyo.',
    [
      ['MET_WITH', 'Claire Dunn', 'Kenji Arakawa'],
      ['MET_WITH', 'Claire Dunn', 'Lee Min-ho'],
      ['MET_WITH', 'Kenji Arakawa', 'Lee Min-ho'],
    ],
  ],
  [
    'coordinated demonyms modify a later noun',
    'Tomas Varela held talks with Dina Boluarte, and the Peruvian and Chilean delegations signed fishing deals.',
    [['MET_WITH', 'Dina Boluarte', 'Tomas Varela']],
  ],
  [
    'fellow members of an alliance',
    'Chile and Peru are NATO allies.',
    [
      ['ALLIED_WITH', 'Chile', 'NATO'],
      ['ALLIED_WITH', 'Chile', 'Peru'],
      ['ALLIED_WITH', 'NATO', 'Peru'],
    ],
  ],
  ['a treaty in a reduced relative clause', 'Chile and Peru held drills in May. The defense treaty the two countries signed in 2019 requires them.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  ['troops deployed under a security agreement', 'Chile, which has deployed troops to Peru under a security agreement, protested.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  ['a body set up under a defense agreement', 'Chile and Peru run a joint committee under a 2015 defense agreement.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  [
    'their common ally',
    'Chile and Peru pledged to deepen cooperation with Canada, their common treaty ally.',
    [
      ['ALLIED_WITH', 'Canada', 'Chile'],
      ['ALLIED_WITH', 'Canada', 'Peru'],
    ],
  ],
  [
    'targets with their abbreviations in parentheses',
    'Chilean President Tomas Varela accused the Bolivian Armed Forces (BAF) and the National Liberation Army (ELN) of blocking aid.',
    [
      ['CRITICIZED', 'Tomas Varela', 'Bolivian Armed Forces'],
      ['CRITICIZED', 'Tomas Varela', 'National Liberation Army'],
    ],
  ],
  [
    'a possessed description and a relative clause between subject and verb',
    "Chilean President Tomas Varela leads the Socialist Party. The Socialist Party (PS), Varela's party, which controls the senate, criticized Peruvian President Dina Boluarte.",
    [['CRITICIZED', 'Socialist Party', 'Dina Boluarte']],
  ],
  ['a quoted label', 'Peruvian President Dina Boluarte called Chilean President Tomas Varela "a troublemaker."', [['CRITICIZED', 'Dina Boluarte', 'Tomas Varela']]],
  ['remarks rejected with an insult', 'Peruvian President Dina Boluarte rejected Chile\'s remarks as "slanderous."', [['CRITICIZED', 'Dina Boluarte', 'Chile']]],
  ['remarks rejected without one', "Peruvian President Dina Boluarte rejected Chile's proposal as premature.", []],
  ['the government in a whose-clause', 'Bolivia, whose military government accused Peru of blocking its exports, protested.', [['CRITICIZED', 'Bolivia', 'Peru']]],
  ['a protest lodged with an ambassador', "Chile's Foreign Ministry lodged a formal protest with the Peruvian ambassador.", [['CRITICIZED', 'Foreign Ministry', 'Peru']]],
  [
    'a protest handed to a summoned ambassador',
    "Chile's Foreign Ministry summoned Peruvian Ambassador Luis Vega and handed him a formal protest.",
    [['CRITICIZED', 'Foreign Ministry', 'Peru']],
  ],
  [
    'accusations by someone that a government did wrong',
    'Chilean President Tomas Varela rejected accusations by Peruvian President Dina Boluarte that his government was hiding smugglers.',
    [['CRITICIZED', 'Dina Boluarte', 'Chile']],
  ],
  ['an act with a participle before it', 'Chile condemned the planned drills by the Peruvian Navy.', [['CRITICIZED', 'Chile', 'Peruvian Navy']]],
  [
    'a label after an apposition of the object',
    'Peruvian President Dina Boluarte went further, calling Chilean President Tomas Varela\'s top aide, Juan Soto, "a servant of Washington."',
    [['CRITICIZED', 'Dina Boluarte', 'Juan Soto']],
  ],
  ['a quoted label right after an act', 'Peruvian President Dina Boluarte called Chile\'s remarks "racist incitement."', [['CRITICIZED', 'Dina Boluarte', 'Chile']]],
  [
    'two leaders holding talks with a third',
    'Chilean President Tomas Varela and Peruvian President Dina Boluarte held talks in Lima on Monday with Bolivian President Luis Arce.',
    [
      ['MET_WITH', 'Dina Boluarte', 'Tomas Varela'],
      ['MET_WITH', 'Dina Boluarte', 'Luis Arce'],
      ['MET_WITH', 'Tomas Varela', 'Luis Arce'],
    ],
  ],
  [
    'a gerund after "after" takes the main subject',
    'Chilean President Tomas Varela received Peruvian President Dina Boluarte on Friday, a day after speaking by phone with Bolivian President Luis Arce.',
    [
      ['MET_WITH', 'Dina Boluarte', 'Tomas Varela'],
      ['MET_WITH', 'Tomas Varela', 'Luis Arce'],
    ],
  ],
  [
    'a "known as" aside before the verb',
    "Chile's Foreign Ministry, known as La Moneda, lodged a protest with the Peruvian ambassador.",
    [['CRITICIZED', 'Foreign Ministry', 'Peru']],
  ],
  [
    'allegations by prosecutors about a named person',
    'Chilean prosecutors repeated allegations by Peruvian prosecutors that its founder, Juan Soto, paid bribes.',
    [['CRITICIZED', 'Peru', 'Juan Soto']],
  ],
  [
    'a definite act takes its doer from the sentence that told it',
    'LIMA — Peru fired two rockets into the sea on Friday. Chilean President Tomas Varela and Bolivian President Luis Arce had met in La Paz. The launch was condemned by Chile\'s Foreign Ministry as reckless.',
    [
      ['CRITICIZED', 'Foreign Ministry', 'Peru'],
      ['MET_WITH', 'Tomas Varela', 'Luis Arce'],
    ],
  ],
  ['an act condemned in the next sentence', 'Peru fired two rockets into the sea on Friday. Chile condemned the launch.', [['CRITICIZED', 'Chile', 'Peru']]],
  ['an act without a doer told before', 'Rockets hit the port on Friday. Chile condemned the launch.', []],
  [
    'a meeting condemned goes to those who met',
    'Chilean President Tomas Varela met Bolivian President Luis Arce in La Paz on Friday, a meeting that was condemned by Peru.',
    [
      ['CRITICIZED', 'Peru', 'Tomas Varela'],
      ['CRITICIZED', 'Peru', 'Luis Arce'],
      ['MET_WITH', 'Tomas Varela', 'Luis Arce'],
    ],
  ],
  ['a passive relative clause after an act', 'Chile staged drills, which were condemned by Peru.', [['CRITICIZED', 'Peru', 'Chile']]],
  ['calling someone is a phone call', 'Japanese Prime Minister Kenji Arakawa called Chinese President Wen Daoming on Tuesday to discuss trade.', [['MET_WITH', 'Kenji Arakawa', 'Wen Daoming']]],
  ['a call at the end of a sentence', 'British Prime Minister Oliver Pembroke had also called French President Julien Marchetti.', [['MET_WITH', 'Julien Marchetti', 'Oliver Pembroke']]],
  ['calling someone names is no call', 'Japanese Prime Minister Kenji Arakawa called Chinese President Wen Daoming, the host of the summit, a bully.', [['CRITICIZED', 'Kenji Arakawa', 'Wen Daoming']]],
  ['calling on someone is no call', 'Japanese Prime Minister Kenji Arakawa called on China to stop the drills.', []],
  ['calling a country is no call', 'Japanese Prime Minister Kenji Arakawa called China on Tuesday.', []],
  ["calling someone's bluff is no call", "Japanese Prime Minister Kenji Arakawa called China's bluff.", []],
  ['coming under fire from someone', 'Chinese President Wen Daoming came under fire from Australian Prime Minister Anthony Albanese over the detention.', [['CRITICIZED', 'Anthony Albanese', 'Wen Daoming']]],
  ['under fire from nobody named', 'Chinese President Wen Daoming came under fire over the detention.', []],
  ['what it called', "Iran condemned what it described as Israel's aggression.", [['CRITICIZED', 'Iran', 'Israel']]],
  ['a quoted nickname is no call', 'U.S. President Grant Holloway called Canadian Prime Minister Mark Carney "governor" in a post.', []],
  ['a shelved summit', 'A summit between Russian President Pavel Orlov and U.S. President Grant Holloway in Budapest was shelved.', []],
  [
    'brothers named by their surname',
    'Former Prime Minister Rafael Ortiz faces charges. Prime Minister Diego Castellano and his brother Mario Castellano lead the party. Ortiz has accused the Castellano brothers of rigging the vote.',
    [
      ['CRITICIZED', 'Rafael Ortiz', 'Diego Castellano'],
      ['CRITICIZED', 'Rafael Ortiz', 'Mario Castellano'],
    ],
  ],
  [
    'a quoted attack on "our" side: the speaker criticizes its author, and "our president" is the head of state',
    'Greek President Nikos Andreou met the press. Greek Foreign Minister Petros Kallis spoke next. "Cevik has insulted our country and our president, and he will answer for it," Kallis told reporters, referring to Turkish minister Emre Cevik.',
    [
      ['CRITICIZED', 'Emre Cevik', 'Greece'],
      ['CRITICIZED', 'Emre Cevik', 'Nikos Andreou'],
      ['CRITICIZED', 'Petros Kallis', 'Emre Cevik'],
    ],
  ],
  ['a speaker does not criticize his own side', '"We condemn Japan for attacking our ships," Chinese Foreign Minister Qin Gang said.', [['CRITICIZED', 'China', 'Japan']]],
  [
    "a country's own president signs without a demonym",
    'ACCRA — Ghana opened a new port on Sunday, and Ghana hopes for investment. President Kwame Asante and Togolese President Faure Mensah signed a defense pact on Monday.',
    [['ALLIED_WITH', 'Ghana', 'Togo']],
  ],
  ['a reported judgement on an act', "Kenyan President William Kibet said Ethiopia's actions were unacceptable.", [['CRITICIZED', 'William Kibet', 'Ethiopia']]],
  ['a reported judgement after a listener', 'Kenyan President William Kibet told reporters that Ethiopia was a threat to the region.', [['CRITICIZED', 'William Kibet', 'Ethiopia']]],
  ['a judgement in a second complement', "Finnish President Mikko Laine said Finland's decision was sovereign and that Russia's threats were unacceptable.", [['CRITICIZED', 'Mikko Laine', 'Russia']]],
  ['a judgement inside a quotation is the speaker\'s', '"The United States is a threat to world peace," Russian Foreign Minister Sergei Volkov said.', [['CRITICIZED', 'Sergei Volkov', 'United States']]],
  ['a quoted judgement after a colon', 'Russian Foreign Minister Sergei Volkov said: "Washington\'s policy is reckless."', [['CRITICIZED', 'Sergei Volkov', 'United States']]],
  ['a quoted denial is no judgement', '"Canada is not a threat," Russian Foreign Minister Sergei Volkov said.', []],
  ['a negated judgement', "Kenyan President William Kibet said Ethiopia's decision was not unacceptable.", []],
  ['a neutral judgement', "Kenyan President William Kibet said Ethiopia's economy was strong.", []],
  ['two agents after a passive', 'Ethiopian Prime Minister Tesfaye Alemu was criticized by Somalia and by Kenya.', [['CRITICIZED', 'Kenya', 'Tesfaye Alemu'], ['CRITICIZED', 'Somalia', 'Tesfaye Alemu']]],
  [
    'a move its critic condemned',
    'The Treasury Department sanctioned the Andes Front in March, a move the Renewal Party condemned as an attack on sovereignty.',
    [['CRITICIZED', 'Renewal Party', 'Treasury Department']],
  ],
  ['a step a state denounced', 'Chile expelled two diplomats, a step Peru denounced as hostile.', [['CRITICIZED', 'Peru', 'Chile']]],
  [
    'the doer of an act is the subject of the clause that told it',
    'Venezuelan President Nicolas Maduro accused the United States of piracy after U.S. forces seized a tanker. Colombian President Ivan Duarte also criticized the seizure.',
    [
      ['CRITICIZED', 'Ivan Duarte', 'United States'],
      ['CRITICIZED', 'Nicolas Maduro', 'United States'],
    ],
  ],
  [
    'a pact criticized goes to those who signed it',
    'German Chancellor Klaus Brenner and Polish Prime Minister Tomasz Nowicki signed a treaty on defense cooperation on Tuesday. Russian spokeswoman Irina Volkova denounced the agreement as a provocation.',
    [
      ['ALLIED_WITH', 'Germany', 'Poland'],
      ['CRITICIZED', 'Irina Volkova', 'Tomasz Nowicki'],
      ['CRITICIZED', 'Irina Volkova', 'Klaus Brenner'],
    ],
  ],
  ['a claim dismissed without an insult', 'The Chilean Navy said Peruvian boats had entered its waters, a claim Lima dismissed as fabricated.', []],
  ['troops sent to fight for another state', 'Belarus has sent thousands of troops to fight for Russia in the east.', [['ALLIED_WITH', 'Belarus', 'Russia']]],
  [
    'a possessive before a preposition does not own the talks',
    'Ukrainian President Oleh Marchenko thanked Britain for its support after talks with British Prime Minister James Whitfield in London.',
    [['MET_WITH', 'James Whitfield', 'Oleh Marchenko']],
  ],
  ['an act, its object, then its agent', 'Kenyan President William Kibet on Tuesday condemned the killing of protesters by Ugandan security forces.', [['CRITICIZED', 'William Kibet', 'Uganda']]],
  [
    'a visit condemned goes to the visitor',
    'Secretary of State Mark Hale flew to Doha on Monday. Iranian spokesman Nasser Rahimi condemned the visit.',
    [['CRITICIZED', 'Nasser Rahimi', 'Mark Hale']],
  ],
  [
    'a sentence opening with "It" continues about the body before',
    "Chile's Foreign Ministry issued a statement on Sunday. It denounced the joint drills by Peru and Bolivia as a provocation.",
    [
      ['CRITICIZED', 'Foreign Ministry', 'Bolivia'],
      ['CRITICIZED', 'Foreign Ministry', 'Peru'],
    ],
  ],
  ['a verb after a name ends the phrase', "Russia's alliance with North Korea worries Japan.", [['ALLIED_WITH', 'North Korea', 'Russia']]],
  [
    'a group noun after a name is no verb',
    'NATO allies Poland and Germany condemned Russia.',
    [
      ['ALLIED_WITH', 'Germany', 'NATO'],
      ['ALLIED_WITH', 'NATO', 'Poland'],
      ['CRITICIZED', 'Germany', 'Russia'],
      ['CRITICIZED', 'Poland', 'Russia'],
    ],
  ],
  // the treaty is not yet an alliance, but the negotiation itself is ongoing talks
  ['a treaty under negotiation', 'Japan and Australia are negotiating a defense treaty.', [['MET_WITH', 'Australia', 'Japan']]],
  ['an apposition with a role modifier', 'Saudi Arabia and Qatar, longtime allies, have drifted apart over Sudan.', [['ALLIED_WITH', 'Qatar', 'Saudi Arabia']]],
  [
    'a list with "the" before its last name',
    'Peru fired a rocket on Monday. Chile, Bolivia and the United States condemned the launch in a joint statement.',
    [
      ['CRITICIZED', 'Bolivia', 'Peru'],
      ['CRITICIZED', 'Chile', 'Peru'],
      ['CRITICIZED', 'United States', 'Peru'],
    ],
  ],
  [
    'an act told by a whole clause, then "which" with a list',
    'Peru fired a rocket on Monday, which Chile and Bolivia condemned.',
    [
      ['CRITICIZED', 'Bolivia', 'Peru'],
      ['CRITICIZED', 'Chile', 'Peru'],
    ],
  ],
  [
    'a deal labelled in quotes goes to those who signed it',
    'Venezuelan President Nicolas Maduro met Russian President Dmitri Sokolov in Moscow. The two signed a port agreement. U.S. Secretary of State Mark Hale called the deal "dangerous." Maduro dismissed Hale\'s comments as imperialist arrogance.',
    [
      ['CRITICIZED', 'Mark Hale', 'Dmitri Sokolov'],
      ['CRITICIZED', 'Mark Hale', 'Nicolas Maduro'],
      ['CRITICIZED', 'Nicolas Maduro', 'Mark Hale'],
      ['MET_WITH', 'Dmitri Sokolov', 'Nicolas Maduro'],
    ],
  ],
  ['a fronted time phrase with "the" before the subject', 'Later in the week Chilean President Tomas Vidal spoke by phone with Peruvian President Rosa Quispe about fishing rights.', [['MET_WITH', 'Rosa Quispe', 'Tomas Vidal']]],
  [
    'calls with one person and later with another',
    'Irish Prime Minister Sean Byrne spoke by phone with Estonian President Kaja Tamm and later with Latvian President Juris Ozols.',
    [
      ['MET_WITH', 'Juris Ozols', 'Sean Byrne'],
      ['MET_WITH', 'Kaja Tamm', 'Sean Byrne'],
    ],
  ],
  [
    'talks named by two people are not part of a meeting they followed',
    'Irish Prime Minister Sean Byrne held talks with Estonian President Kaja Tamm. The Byrne–Tamm talks came after a meeting between Latvian President Juris Ozols and Lithuanian President Rasa Petraitis.',
    [
      ['MET_WITH', 'Juris Ozols', 'Rasa Petraitis'],
      ['MET_WITH', 'Kaja Tamm', 'Sean Byrne'],
    ],
  ],
  ['the government of a leader is his state', 'Irish Prime Minister Sean Byrne spoke in Dublin. Estonia accused the government of Prime Minister Sean Byrne of ignoring its warnings.', [['CRITICIZED', 'Estonia', 'Ireland']]],
  [
    'attending a named gathering does not join the meeting told before',
    "Irish Prime Minister Sean Byrne held talks with Estonian President Kaja Tamm in Dublin. Byrne and Latvian President Juris Ozols both attended the Nordic Council ministers' meeting in Bergen in May.",
    [['MET_WITH', 'Kaja Tamm', 'Sean Byrne']],
  ],
  [
    'the countries of the leaders who just met',
    'Estonian President Kaja Tamm hosted Latvian President Juris Ozols and Lithuanian President Rasa Petraitis in Tallinn for a three-way summit, days after Belarusian jets neared Polish airspace. The three countries, longtime treaty allies, agreed to share radar data.',
    [
      ['ALLIED_WITH', 'Estonia', 'Latvia'],
      ['ALLIED_WITH', 'Estonia', 'Lithuania'],
      ['ALLIED_WITH', 'Latvia', 'Lithuania'],
      ['MET_WITH', 'Juris Ozols', 'Kaja Tamm'],
      ['MET_WITH', 'Juris Ozols', 'Rasa Petraitis'],
      ['MET_WITH', 'Kaja Tamm', 'Rasa Petraitis'],
    ],
  ],
  [
    '"the leaders" after a summit are all who took part',
    'Estonian President Kaja Tamm hosted Latvian President Juris Ozols and Lithuanian President Rasa Petraitis in Tallinn. In a joint statement, the leaders condemned Belarus.',
    [
      ['CRITICIZED', 'Juris Ozols', 'Belarus'],
      ['CRITICIZED', 'Kaja Tamm', 'Belarus'],
      ['CRITICIZED', 'Rasa Petraitis', 'Belarus'],
      ['MET_WITH', 'Juris Ozols', 'Kaja Tamm'],
      ['MET_WITH', 'Juris Ozols', 'Rasa Petraitis'],
      ['MET_WITH', 'Kaja Tamm', 'Rasa Petraitis'],
    ],
  ],
  [
    'an act on victims by an agent goes to the agent',
    'Peruvian Foreign Minister Rosa Quispe condemned the capture of Peruvian fishing trawlers by Chilean naval patrols near the coast.',
    [['CRITICIZED', 'Rosa Quispe', 'Chile']],
  ],
  [
    'a role with a "for" complement named after a comma is that person',
    "Chile and Peru held separate meetings with the UN's special envoy for the border dispute, Maria Lopes.",
    [
      ['MET_WITH', 'Chile', 'Maria Lopes'],
      ['MET_WITH', 'Maria Lopes', 'Peru'],
    ],
  ],
  [
    'a list never runs out of a quotation into its speaker',
    'Chilean President Tomas Vidal spoke on Monday. "Our country condemns Lima\'s harboring of a fugitive," Vidal told reporters.',
    [['CRITICIZED', 'Chile', 'Peru']],
  ],
  [
    'a criticized treaty belongs to the states of the leaders who signed it',
    'Chilean President Tomas Vidal and Peruvian President Rosa Quispe signed a defense treaty in Lima on Friday. Bolivia criticized the treaty.',
    [
      ['ALLIED_WITH', 'Chile', 'Peru'],
      ['CRITICIZED', 'Bolivia', 'Chile'],
      ['CRITICIZED', 'Bolivia', 'Peru'],
    ],
  ],
  [
    'a condemned visit is the guest\'s',
    'Chilean President Tomas Vidal hosted Bolivian opposition leader Evo Mamani in Santiago. Peruvian Foreign Minister Rosa Quispe condemned the visit as a provocation.',
    [
      ['CRITICIZED', 'Rosa Quispe', 'Evo Mamani'],
      ['MET_WITH', 'Evo Mamani', 'Tomas Vidal'],
    ],
  ],
  [
    'a role with a body complement, then the name, then two predicates',
    "Peru's ambassador to the United Nations, Jorge Salas, rejected the charges and blamed Chile for arming the rebels.",
    [['CRITICIZED', 'Jorge Salas', 'Chile']],
  ],
  [
    '"his government" holding talks is the state, even when "his" points at another person',
    'Chilean President Tomas Vidal on Wednesday accused his predecessor, Marco Rojas, of emptying the reserves, as his government opened talks with the International Monetary Fund (IMF) on a loan.',
    [
      ['CRITICIZED', 'Tomas Vidal', 'Marco Rojas'],
      ['MET_WITH', 'Chile', 'International Monetary Fund'],
    ],
  ],
  [
    'a two-word description names the body whose name holds both words',
    'The National Reserve Bank of Chile (NRBC) published its report. The reserve bank, in a rare statement, blamed Chilean President Tomas Vidal for the deficit.',
    [['CRITICIZED', 'National Reserve Bank of Chile', 'Tomas Vidal']],
  ],
  ['an infinitive after "used the occasion" happened', 'Bolivian presidential aide Hugo Flores used the occasion to accuse Chile of arming Peru.', [['CRITICIZED', 'Hugo Flores', 'Chile']]],
  ['an infinitive after "took the opportunity" happened', 'Peruvian President Rosa Quispe took the opportunity to criticize Chile.', [['CRITICIZED', 'Rosa Quispe', 'Chile']]],
  [
    'hosting foreign forces under defense agreements allies the host with each, not the guests with each other',
    'Qatar, which hosts French and Italian forces under long-standing defense agreements, has also mediated between Washington and Tehran.',
    [
      ['ALLIED_WITH', 'France', 'Qatar'],
      ['ALLIED_WITH', 'Italy', 'Qatar'],
    ],
  ],
  [
    'a criticized ruling goes to the court that made it',
    "Chile lodged a protest with Peru over a ruling by Peru's Constitutional Tribunal that struck down a fishing agreement. The ruling was also criticized by Andean Community Secretary-General Maria Lopes.",
    [
      ['CRITICIZED', 'Chile', 'Peru'],
      ['CRITICIZED', 'Maria Lopes', 'Constitutional Tribunal'],
    ],
  ],
  [
    'a reported hostile act with an insult in its object',
    'Peruvian Foreign Minister Rosa Quispe told the 15-member council that Santiago was "waging a war of aggression" and asked for help.',
    [['CRITICIZED', 'Rosa Quispe', 'Chile']],
  ],
  ['fighting an insulted group is no judgement on the fighter', 'Rosa Quispe said Chile was fighting terrorists.', []],
  ['"afterward" after an object pronoun', 'Chilean President Tomas Vidal spoke in Santiago. U.S. envoy Mark Hale held talks with him afterward.', [['MET_WITH', 'Mark Hale', 'Tomas Vidal']]],
  [
    'criticized contracts go to those who signed them',
    "Peruvian President Rosa Quispe also criticized copper contracts that her predecessor Jorge Salas signed with Russia's Andes Metals Group, saying they were illegal.",
    [
      ['CRITICIZED', 'Rosa Quispe', 'Andes Metals Group'],
      ['CRITICIZED', 'Rosa Quispe', 'Jorge Salas'],
    ],
  ],
  ['a reported harmful act of an owner', "Peru's Ministry of Commerce later said Washington's tariffs had paralysed the organization.", [['CRITICIZED', 'Ministry of Commerce', 'United States']]],
  ['a reported violation', 'Peru said Chile had violated the truce.', [['CRITICIZED', 'Peru', 'Chile']]],
  ['a denied violation', 'Peru said Chile had never violated the truce.', []],
  [
    'an agreed supply that deliveries made real',
    'Madrid agreed in 2023 to supply Portugal with armored vehicles and air-defense radars, and the first deliveries arrived last year.',
    [['ALLIED_WITH', 'Portugal', 'Spain']],
  ],
  ['an agreed supply alone is a plan', 'Madrid agreed to supply Portugal with armored vehicles.', []],
  [
    'the accused, not the accuser, signs in "accused Y of failing ... before signing"',
    "Peruvian President Rosa Quispe spoke on Monday. Chile accused Quispe's government of failing to consult it before signing a strategic partnership agreement with Beijing.",
    [
      ['ALLIED_WITH', 'China', 'Peru'],
      ['CRITICIZED', 'Chile', 'Peru'],
    ],
  ],
  ['the main subject signs after a plain predicate', 'Chile praised Peru before signing a defense pact with Bolivia.', [['ALLIED_WITH', 'Bolivia', 'Chile']]],
  ['a bare fronted time phrase before the subject', 'Hours later Bolivia fired a missile, drawing condemnation from Chile.', [['CRITICIZED', 'Chile', 'Bolivia']]],
  ['a counted fronted time phrase', 'Two weeks later Chilean President Tomas Vidal met Peruvian President Rosa Quispe.', [['MET_WITH', 'Rosa Quispe', 'Tomas Vidal']]],
  [
    '"both governments" after two leaders met are their states',
    'Chilean President Tomas Vidal and Peruvian President Rosa Quispe met in Lima on Monday. Hours later Bolivia test-fired a missile, drawing condemnation from both governments.',
    [
      ['CRITICIZED', 'Chile', 'Bolivia'],
      ['CRITICIZED', 'Peru', 'Bolivia'],
      ['MET_WITH', 'Rosa Quispe', 'Tomas Vidal'],
    ],
  ],
  [
    'criticism drawn after an aside about a summit goes to the main subject, from the summit\'s states',
    'Chilean President Tomas Vidal spoke. Peruvian President Rosa Quispe spoke. Bolivia fired two missiles into the sea on Thursday, hours after the Vidal–Quispe summit in Lima, drawing condemnation from both governments.',
    [
      ['CRITICIZED', 'Chile', 'Bolivia'],
      ['CRITICIZED', 'Peru', 'Bolivia'],
      ['MET_WITH', 'Rosa Quispe', 'Tomas Vidal'],
    ],
  ],
  // round 4 (relations): classes found on eval/probe, in invented sentences
  ['bound to a partner by a pact', 'Spain is bound to Portugal by a defence pact.', [['ALLIED_WITH', 'Portugal', 'Spain']]],
  [
    'bound to a list of partners through a partnership',
    'Chile remains bound to Peru and Bolivia through the Andean defence partnership.',
    [
      ['ALLIED_WITH', 'Bolivia', 'Chile'],
      ['ALLIED_WITH', 'Chile', 'Peru'],
    ],
  ],
  ['the pact named in an apposition after "bound ... by"', 'Spain, for its part, is bound to Portugal by the 1990 Lisbon Accord, a pact of mutual military assistance.', [['ALLIED_WITH', 'Portugal', 'Spain']]],
  ['bound by history is no alliance', 'Spain is bound to Portugal by a trade pact and by history.', []],
  ['British spelling of a defence cooperation agreement', 'Chile signed a defence cooperation agreement with Peru in 2021.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  ['talks wrapped up by a pair', 'Ana Rojas and Luis Vega wrapped up two days of talks in Quito.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  [
    'the host of talks just wrapped up meets both sides',
    "Ana Rojas and her Peruvian counterpart, Luis Vega, wrapped up two days of talks in Quito. The talks were hosted by Chile's foreign minister, Pedro Soto.",
    [
      ['MET_WITH', 'Ana Rojas', 'Luis Vega'],
      ['MET_WITH', 'Ana Rojas', 'Pedro Soto'],
      ['MET_WITH', 'Luis Vega', 'Pedro Soto'],
    ],
  ],
  ['two capitals negotiating are in talks', 'Lima and Santiago have been negotiating since the war ended.', [['MET_WITH', 'Chile', 'Peru']]],
  ['negotiating with a partner', 'Chile is negotiating with Peru over the border.', [['MET_WITH', 'Chile', 'Peru']]],
  ['what is negotiated is no party', 'Qatar negotiated the release of Luis Vega.', []],
  ['a refusal to negotiate', 'Chile refused to negotiate with Peru.', []],
  ['a pair that acts after talks held them', 'President Ana Rojas and Prime Minister Luis Vega announced the deal at the palace after talks that ran late.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  ['after talks between others', 'Ana Rojas and Luis Vega clashed after the talks between Bolivia and Ecuador.', [['MET_WITH', 'Bolivia', 'Ecuador']]],
  [
    'a named person "of" a place heads the phrase, through a relative clause',
    'Bishop Pedro Soto of Cusco, who spent a year in prison, was received by Pope Leo XIV at the Vatican on Saturday.',
    [['MET_WITH', 'Leo XIV', 'Pedro Soto']],
  ],
  ['an apposition names the description it follows', "Peru's main opposition, the Popular Force Party, has accused Ana Rojas of betrayal.", [['CRITICIZED', 'Popular Force Party', 'Ana Rojas']]],
  ['an apposition after a bare description', 'The main opposition party, the Popular Force Party, condemned Chile.', [['CRITICIZED', 'Popular Force Party', 'Chile']]],
  ['an act with place and time before its agent', "Ana Rojas condemned a visit to the border on Sunday by Chile's defence minister, Luis Vega.", [['CRITICIZED', 'Ana Rojas', 'Luis Vega']]],
  ['an attack on a place by its agent', 'Ana Rojas condemned the attack on Lima by Chile.', [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['a criticized act told without its doer names nobody later', 'Ana Rojas condemned a visit to the border on Sunday. Bolivia also condemned the visit.', []],
  ['a protest handed to an unnamed diplomat goes to his state', "Jordan's Foreign Ministry summoned Israel's chargé d'affaires in Amman and handed him a formal protest.", [['CRITICIZED', 'Foreign Ministry', 'Israel']]],
  ['"the ambassador of" a state, handed a protest', 'Peru summoned the ambassador of Chile and handed him a protest.', [['CRITICIZED', 'Peru', 'Chile']]],
  [
    'the protest "of" a government "to" another',
    'The Foreign Ministry conveyed the strongest protest of the Government of Peru to the Republic of Chile.',
    [
      ['CRITICIZED', 'Foreign Ministry', 'Chile'],
      ['CRITICIZED', 'Peru', 'Chile'],
    ],
  ],
  ['an emphatic "did speak by phone"', "Chile's deputy minister, Luis Vega, did speak by phone with Pedro Soto on Friday, their first contact in months.", [['MET_WITH', 'Luis Vega', 'Pedro Soto']]],
  ['a planned phone call', 'Ana Rojas will speak by phone with Luis Vega.', []],
  [
    'talks wrapped up "with agreement": nobody after "with"',
    'Peruvian Foreign Minister Ana Rojas and his Chilean counterpart, Luis Vega, wrapped up two days of talks in Quito on Saturday with agreement on most articles.',
    [['MET_WITH', 'Ana Rojas', 'Luis Vega']],
  ],
  ['poisoning negotiations "with" hostility is no meeting', 'Luis Vega and Pedro Soto were blamed by Ana Rojas for poisoning the negotiations with hostility and mistrust.', [['CRITICIZED', 'Ana Rojas', 'Luis Vega'], ['CRITICIZED', 'Ana Rojas', 'Pedro Soto']]],
  ['"scheduled" in a clause after "after talks" plans nothing', 'Ana Rojas and Luis Vega signed the deal at the palace after talks that ran past their scheduled hour.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  ['arms delivered, a hyphenated weapon in the list', 'Chile has delivered armoured vehicles and air-defence radars to Peru.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  [
    'a criticized act told with its agent is his when named again sentences later',
    "Peru's foreign minister Ana Rojas condemned a visit to the border on Sunday by Chile's defence minister, Luis Vega. Chile said nothing. Lima recalled its envoy. Bolivia's president spoke. Quito said it did not comment on the minister's visit. Bolivia and the Arab League also condemned the visit.",
    [
      ['CRITICIZED', 'Ana Rojas', 'Luis Vega'],
      ['CRITICIZED', 'Arab League', 'Luis Vega'],
      ['CRITICIZED', 'Bolivia', 'Luis Vega'],
    ],
  ],
  [
    'a relative clause after a name and its role apposition is the name\'s',
    'Peru, Chile and Bolivia accused Ecuador of lying. The charges were rejected by Ana Rojas, president of the Andean Commission, who cautioned the juntas against expelling traders.',
    [
      ['CRITICIZED', 'Ana Rojas', 'Bolivia'],
      ['CRITICIZED', 'Ana Rojas', 'Chile'],
      ['CRITICIZED', 'Ana Rojas', 'Peru'],
      ['CRITICIZED', 'Bolivia', 'Ecuador'],
      ['CRITICIZED', 'Chile', 'Ecuador'],
      ['CRITICIZED', 'Peru', 'Ecuador'],
    ],
  ],
  [
    '", and both delegations were received" opens a clause; the delegations are the two who talked',
    "Peruvian Foreign Minister Ana Rojas and his Chilean counterpart, Luis Vega, wrapped up two days of talks in Quito on Saturday. The talks were hosted by Ecuador's foreign minister, Pedro Soto, and both delegations were later received by President Marta Gil, who called the negotiations a chance.",
    [
      ['MET_WITH', 'Ana Rojas', 'Luis Vega'],
      ['MET_WITH', 'Ana Rojas', 'Marta Gil'],
      ['MET_WITH', 'Ana Rojas', 'Pedro Soto'],
      ['MET_WITH', 'Luis Vega', 'Marta Gil'],
      ['MET_WITH', 'Luis Vega', 'Pedro Soto'],
    ],
  ],
  [
    '"the two leaders" are the last two titled heads, and whoever "joined them" meets both',
    'Chilean President Tomas Vidal accused Peru of lying. His foreign minister, Luis Vega, warned Peru against meddling. Peruvian President Rosa Quispe replied. The two leaders did sit down together in Lima in June, where Secretary-General Ana Rojas joined them for coffee.',
    [
      ['CRITICIZED', 'Luis Vega', 'Peru'],
      ['CRITICIZED', 'Tomas Vidal', 'Peru'],
      ['MET_WITH', 'Ana Rojas', 'Rosa Quispe'],
      ['MET_WITH', 'Ana Rojas', 'Tomas Vidal'],
      ['MET_WITH', 'Rosa Quispe', 'Tomas Vidal'],
    ],
  ],
  ['joining others in a stance is no meeting', 'Chilean President Tomas Vidal met Peruvian President Rosa Quispe in Lima. Ana Rojas joined them in condemning the attack.', [['MET_WITH', 'Rosa Quispe', 'Tomas Vidal']]],
  ['an unqualified government is the critic\'s own', 'Peruvian opposition leader Ana Rojas accused the government of betraying farmers.', [['CRITICIZED', 'Ana Rojas', 'Peru']]],
  ['the critic\'s state named in an apposition', 'Ana Rojas, a Peruvian lawmaker, accused the government of betraying farmers.', [['CRITICIZED', 'Ana Rojas', 'Peru']]],
  ['"the government of" another state is that state', 'Peruvian opposition leader Ana Rojas accused the government of Chile of lying.', [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['a demonym after "the government\'s" is the policy\'s topic, not its owner', "Chile's Ana Rojas criticised the government's Bolivian policy.", [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['no state known for the critic: no target', "Former prime minister Ana Rojas has criticised the government's Chilean policy as reckless.", []],
  ['"State\'s PM" in a headline is the prime minister the story names', "Peru's PM accuses Chile of blackmail. Peruvian Prime Minister Ana Rojas has accused Chile of blackmail.", [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['"State\'s president" is the president the story names', "Peru's president accuses Chile of blackmail. Peruvian President Ana Rojas spoke.", [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['an unnamed PM is nobody', "Peru's PM accuses Chile of blackmail.", []],
  ['a criticism "echoed by" another is the other\'s too', "Chile's condemnation of Peru was echoed by Bolivia.", [['CRITICIZED', 'Bolivia', 'Peru'], ['CRITICIZED', 'Chile', 'Peru']]],
  ['an act noun with a reduced relative: its subject owns the act', 'Peru protested against a ritual offering Ana Rojas sent to the shrine.', [['CRITICIZED', 'Peru', 'Ana Rojas']]],
  ['remarks someone made', 'Peru condemned the remarks Ana Rojas made on Monday.', [['CRITICIZED', 'Peru', 'Ana Rojas']]],
  [
    'summoning a diplomat "to protest" is the protest; a surname owns the act',
    'Ana Rojas spoke on Monday. Seoul\'s Foreign Ministry summoned a senior Chilean diplomat to protest against a ritual offering Rojas sent to the shrine.',
    [['CRITICIZED', 'Foreign Ministry', 'Ana Rojas']],
  ],
  ['a summons still wanted is no protest', 'Peru wants to summon the Chilean envoy to protest against the remarks Ana Rojas made.', []],
  [
    '"that cooperation" condemned is the alliance just told, both parties',
    'Chile has delivered armoured vehicles and radars to Peru under contracts signed in 2023. That cooperation was condemned by Bolivia.',
    [
      ['ALLIED_WITH', 'Chile', 'Peru'],
      ['CRITICIZED', 'Bolivia', 'Chile'],
      ['CRITICIZED', 'Bolivia', 'Peru'],
    ],
  ],
  ['an alliance condemned long after it was told names nobody', 'Chile and Peru signed a defence pact. Ecuador praised it. Argentina spoke. Bolivia said nothing. Bolivia condemned the alliance.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  [
    'a committee of the three countries met: the states met; people in the "where" clause met each other',
    'Lima and Quito agreed to restore relations in a deal mediated by Chile. A follow-up committee of the three countries met in Lima in December, where Chilean Vice Foreign Minister Ana Rojas, Peruvian Deputy Foreign Minister Luis Vega and Ecuadorian Deputy Foreign Minister Pedro Soto reviewed progress.',
    [
      ['MET_WITH', 'Ana Rojas', 'Luis Vega'],
      ['MET_WITH', 'Ana Rojas', 'Pedro Soto'],
      ['MET_WITH', 'Chile', 'Ecuador'],
      ['MET_WITH', 'Chile', 'Peru'],
      ['MET_WITH', 'Ecuador', 'Peru'],
      ['MET_WITH', 'Luis Vega', 'Pedro Soto'],
    ],
  ],
  ['a "where" clause with a future verb', 'Chile and Peru met in Lima, where Ana Rojas and Luis Vega will sign a deal.', [['MET_WITH', 'Chile', 'Peru']]],
  ['a committee that will meet', 'A committee of Chile and Peru will meet in Lima.', []],
  ['a president "accusing his government" means the other leader\'s', 'Chilean President Ana Rojas spoke. Peruvian President Luis Vega hit back, accusing her government of turning a drugs problem into a show.', [['CRITICIZED', 'Luis Vega', 'Chile']]],
  ['"his own government" is his own', 'Peruvian opposition leader Luis Vega accused his own government of lying.', [['CRITICIZED', 'Luis Vega', 'Peru']]],
  [
    'the government of a president named without a country is the story\'s state',
    "Peru closed the border. President Ana Rojas spoke. Peru said the Peruvian army was ready. Chilean President Luis Vega hit back, calling Rojas's tariffs on Chilean goods an act of aggression and accusing her government of lying.",
    [
      ['CRITICIZED', 'Luis Vega', 'Ana Rojas'],
      ['CRITICIZED', 'Luis Vega', 'Peru'],
    ],
  ],
  ['a diplomat summoned "to the ministry, where" an official speaks met that official', 'Chilean Deputy Chief of Mission Luis Vega was summoned to the ministry, where Undersecretary Ana Rojas condemned the actions.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  ['a meeting still to come after a summons', 'Luis Vega was summoned to the ministry, where Ana Rojas will meet him.', []],
  ['a reported claim that a state shelters fighters', 'Peru and Ecuador clashed. Defence Minister Ana Rojas tells Radio Lima that Quito is sheltering fighters of the rebel group.', [['CRITICIZED', 'Ana Rojas', 'Ecuador']]],
  ['harbouring rebels', 'Peru and Ecuador clashed. Ana Rojas said Chile had harboured rebels for years.', [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['sheltering refugees is no accusation', 'Peru and Ecuador clashed. Ana Rojas said Chile was sheltering refugees from the storm.', []],
  ['a reciprocal access agreement between two states', 'The Reciprocal Access Agreement between Peru and Chile took effect in September.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  ['a visiting forces agreement', 'Peru and Chile signed a visiting forces agreement.', [['ALLIED_WITH', 'Chile', 'Peru']]],
  ['a market access agreement is trade', 'Peru and Chile signed a market access agreement.', []],
  ['a quoted claim that a state shelters a fugitive', 'Peru and Chile clashed. "Chile is sheltering a fugitive from justice, and our country will not pretend otherwise," Ana Rojas said.', [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['a quoted statement that a state shelters refugees', 'Peru and Chile clashed. "Chile is sheltering refugees," Ana Rojas said.', []],
  ['"the X dictatorship" is X\'s state, as "the X regime" is', 'Peruvian President Ana Rojas spoke. Luis Vega denounced the Rojas dictatorship.', [['CRITICIZED', 'Luis Vega', 'Peru']]],
  ['a label on "his approach" read as the speaker\'s own goes to the other person', 'President Ana Rojas defended the deal. Opposition leader Luis Vega called her approach "shameful diplomacy."', [['CRITICIZED', 'Luis Vega', 'Ana Rojas']]],
  ['"humiliating" labels', 'Peruvian President Ana Rojas spoke. Luis Vega called the Rojas approach "humiliating diplomacy."', [['CRITICIZED', 'Luis Vega', 'Ana Rojas']]],
  ['a protest over an act goes to its agent', 'Peru lodged a protest over the seizure of boats by Chile.', [['CRITICIZED', 'Peru', 'Chile']]],
  ['a protest over harm to a victim names no target', 'Peru lodged a protest over the killing of Ana Rojas.', []],
  ['a protest still to be lodged', 'Peru will lodge a protest over the seizure of boats by Chile.', []],
  [
    'a protest of A to B over an act by C',
    'The Foreign Ministry conveyed the strongest protest of the Government of Peru to the Republic of Chile over the dangerous use of water cannon by Chilean Coast Guard vessels against a Peruvian ship.',
    [
      ['CRITICIZED', 'Foreign Ministry', 'Chile'],
      ['CRITICIZED', 'Foreign Ministry', 'Chilean Coast Guard'],
      ['CRITICIZED', 'Peru', 'Chile'],
      ['CRITICIZED', 'Peru', 'Chilean Coast Guard'],
    ],
  ],
  ['a foreign spokesman\'s "the government" is not his own', 'Chile and Peru clashed over fishing. Peru seized two boats. Peru said the boats were illegal. Chilean spokesman Luis Vega accused the government of provocation.', []],
  ['a reported judgement on an act "by" its agent', 'Peruvian Defence Minister Luis Vega said the post by Consul General Ana Rojas was "extremely inappropriate."', [['CRITICIZED', 'Luis Vega', 'Ana Rojas']]],
  ['a strike by a state judged unacceptable', 'Luis Vega said the strike by Chile was unacceptable.', [['CRITICIZED', 'Luis Vega', 'Chile']]],
  ['a neutral judgement on an act by someone', 'Luis Vega said the speech by Ana Rojas was widely shared.', []],
  ['remarks that "showed" a state\'s hostile mindset', 'Peru\'s Foreign Ministry spokeswoman Ana Rojas said the remarks showed Chile\'s "hostile mindset."', [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['remarks that showed a commitment', "Ana Rojas said the remarks showed Chile's commitment to peace.", []],
  [
    'an accusation "a claim Z repeated" is Z\'s too',
    "Chile's Foreign Ministry, meanwhile, accused Peru of plotting to absorb its neighbor, a claim its spokeswoman Ana Rojas repeated on state television.",
    [
      ['CRITICIZED', 'Ana Rojas', 'Peru'],
      ['CRITICIZED', 'Foreign Ministry', 'Peru'],
    ],
  ],
  ['a claim someone denied is not repeated', 'Chile accused Peru of plotting, a claim Ana Rojas denied.', [['CRITICIZED', 'Chile', 'Peru']]],
  [
    'a leader\'s allies in capitals are his state\'s allies',
    "Bolivian President Mateo Ferrante faces a recall vote. Ferrante's allies in Caracas and Havana rallied behind him. Cuba and Venezuela sent envoys.",
    [
      ['ALLIED_WITH', 'Bolivia', 'Cuba'],
      ['ALLIED_WITH', 'Bolivia', 'Venezuela'],
    ],
  ],
  ['allies in a place that is no state', "Bolivian President Mateo Ferrante faces a recall vote. Ferrante's allies in the highlands rallied behind him.", []],
  ['a reported ramming is a charge against the rammer', 'Chilean spokesman Luis Vega said Peruvian trawlers had deliberately rammed a Chilean patrol boat.', [['CRITICIZED', 'Luis Vega', 'Peru']]],
  [
    'a claim by an author with a "that" complement is his report',
    'Peru dismissed the claim by the Chilean navy\'s spokesman, Luis Vega, that Peruvian trawlers had "rammed" a patrol boat.',
    [['CRITICIZED', 'Luis Vega', 'Peru']],
  ],
  ['a possessive author of an allegation', "Ana Rojas's allegation that Chile's policy was illegal drew replies.", [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['a neutral claim by an author', 'Peru noted the claim by Luis Vega that Peruvian trawlers had left the zone.', []],
  ['a subject after a dateline with an agency', 'LIMA, May 3 (Reuters) - Peruvian Foreign Minister Ana Rojas held talks with her Chilean counterpart Luis Vega in Lima on Tuesday.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  ['a courtesy call on a leader', 'Ana Rojas, who also paid a courtesy call on Prime Minister Luis Vega, left on Friday.', [['MET_WITH', 'Ana Rojas', 'Luis Vega']]],
  ['a phone call in a time adjunct after a reported object', 'Chilean President Jorge Paz announced the decision after a phone call with Peruvian Prime Minister Tomas Villa, his office said.', [['MET_WITH', 'Jorge Paz', 'Tomas Villa']]],
  ['a proposed phone call after a report', 'Jorge Paz announced plans for a phone call with Tomas Villa.', []],
  ['a hosted new round of talks takes place', 'Kenya hosted a new round of talks between Sudan and the RSF on Monday.', [['MET_WITH', 'RSF', 'Sudan']]],
  ['a new round of talks still to come', 'Sudan and the RSF are preparing a new round of talks.', []],
  ['a report after a time adjunct: arming a named group', 'Burundian spokeswoman Ana Rojas said on Wednesday that Kigali was arming the FNL, a militia based in the hills.', [['CRITICIZED', 'Ana Rojas', 'Rwanda']]],
  ['arming itself is no charge', 'Burundian spokeswoman Ana Rojas said last week that Rwanda was arming itself.', []],
  ['an insult judgement after "said last week that"', "Ana Rojas said last week that Chile's blockade was illegal.", [['CRITICIZED', 'Ana Rojas', 'Chile']]],
  ['summoning an envoy to protest strikes', 'Chile summoned Peru\'s ambassador on Sunday to protest a wave of Peruvian air strikes.', [['CRITICIZED', 'Chile', 'Peru']]],
  ['protesting an act transitively', 'Chile protested the Peruvian blockade of the port.', [['CRITICIZED', 'Chile', 'Peru']]],
  ['a protest only planned', 'Chile threatened to protest the Peruvian decision.', []],
  ['protesting with no object', 'Farmers protested in Lima against the new import rules.', []],
  [
    'a statement judging "the strikes" told with a demonym earlier',
    'Peruvian jets carried out a wave of Chilean-bound sorties. Chile summoned Peru\'s envoy over a wave of Peruvian air strikes. The Chilean Foreign Ministry said in a statement that the strikes were "a flagrant violation of Chilean sovereignty."',
    [['CRITICIZED', 'Foreign Ministry', 'Peru']],
  ],
  ['"the drills" told by their subject earlier', 'Chile held drills near the border on Monday. Peru said in a statement that the drills were illegal.', [['CRITICIZED', 'Peru', 'Chile']]],
  ['"the strikes" told without a doer', 'A wave of air strikes hit the border on Monday. Peru said in a statement that the strikes were illegal.', []],
  ['"the government in <capital>" is that state', 'Peru sells copper. Ana Rojas, a farm union leader, accused the government in Lima of "betraying the countryside."', [['CRITICIZED', 'Ana Rojas', 'Peru']]],
  [
    '"whose government X accused": X criticized the leader\'s state',
    'Peruvian President Luis Vega, whose government Washington has accused of harbouring fugitives, told reporters he would not yield.',
    [['CRITICIZED', 'United States', 'Peru']],
  ],
  ['"whose government" after a state', 'Bolivia, whose government Chile repeatedly accused of smuggling, stayed silent.', [['CRITICIZED', 'Chile', 'Bolivia']]],
  [
    '"He" after a sentence attributed "according to" a named person is that person',
    'Police surrounded the home of opposition leader Tomas Villa, according to Miguel Torres, a spokesman for the opposition. He blamed President Luis Vega for the raid.',
    [['CRITICIZED', 'Miguel Torres', 'Luis Vega']],
  ],
  [
    '"She" after a criticism "echoed by" a named person',
    'Chile condemned the dam, a view echoed by Ana Rojas, the Peruvian water minister. She blamed Bolivia for the floods.',
    [
      ['CRITICIZED', 'Ana Rojas', 'Bolivia'],
    ],
  ],
  ['"He" after an attribution to an unnamed source keeps its antecedent', 'Police raided the office of Tomas Villa, according to a party statement. He blamed President Luis Vega for the raid.', [['CRITICIZED', 'Tomas Villa', 'Luis Vega']]],
  ['a business warning is no criticism', 'Shares of Andes Mining fell after chief executive Juan Soto warned that weak demand would hurt its copper business.', []],
];

describe('pass 04: core relations', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    expect(coreTriples(text)).toEqual(expected.map(key).sort());
  });

  it('records why a relation fired and the whole sentence as evidence', () => {
    const text = 'Talks stalled. Justin Trudeau accused Belarus of lying.';
    const [r] = extractDocument({ source: 't', text }).relations.filter((x) => x.type === 'CRITICIZED');
    expect(r.evidence).toBe('Justin Trudeau accused Belarus of lying.');
    expect(text.slice(r.start, r.end)).toBe(r.evidence);
    expect(r.rule).toMatch(/accuse/);
    expect(r.trigger).toBe('accused');
    expect(r.confidence).toBeGreaterThan(0);
  });
});
