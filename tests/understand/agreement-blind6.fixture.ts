/**
 * Blind agreement set 6: eight invented news articles written in its own words by a separate
 * session that read no extractor code. (Session 8; blind set 5, kept outside the repository, was lost with
 * session 7.) Scored by the lead at first sight on session 6's last code (69c40e1): precision /
 * recall / parties / status 94.3 / 68.8 / 51.5 / 87.9 %; after session 8's first merges 94.4 /
 * 70.8 / 52.9 / 91.2 %; then its kinds of miss were written again in our own sentences and fixed
 * (94.7 / 75.0 / 75.0 / 88.9 %), and the set committed as one that may be tuned on. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --blind-6`. Same format and labelling rule as
 * agreement-patterns.fixture.ts (and agreement-blind4.fixture.ts: paragraphs split by blank lines,
 * sentences by line breaks, gold key "paragraph.sentence"). Every sentence not in `gold` is not an
 * agreement; the close non-agreements (talks, meetings, offers nobody answered, one-party
 * decisions, votes, denials, hypotheticals, pending approvals) are listed per article in
 * BLIND6_CLOSE_NON_AGREEMENTS for counting only.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND6_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — wire copy, American spelling: a seed company buys its rival.
  {
    name: 'seed-companies-acquisition-wire',
    body: [
      `HAVERMOOR, May 19 (Northgate Wire) — Veldt Seeds, the largest supplier of seed potatoes in the Midland plains, has agreed to buy its rival Corran Agritech for $610 million in cash, the companies said on Monday.`,
      `Under the agreement, Corran's research station in Lisk will remain open for at least three years and its 400 staff will keep their jobs.`,
      ``,
      `The boards of both companies have approved the transaction.`,
      `It still needs clearance from the Federal Competition Office, which said it would open an initial review.`,
      `Corran's founder, Mireille Osterhout, who owns 31 percent of the company, has signed an undertaking with Veldt to vote her shares in favor.`,
      ``,
      `Veldt made an unsolicited offer for Corran last autumn, but Corran's board turned it down as too low.`,
      `Analysts said Veldt could be forced to sell part of its seed business if the regulator objects.`,
      `A rival bidder, Ostmark Crop Science, held talks with Corran in February but never made a formal offer.`,
      ``,
      `Veldt also said it had extended its licensing agreement with the University of Havermoor for two blight-resistant varieties until 2032.`,
      `The company plans to fund the purchase with cash on hand and a new $300 million bank loan.`,
      `Veldt's shares rose 5 percent in early trading.`,
      `The company said it would not seek to buy any other seed business for at least two years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Veldt Seeds', 'Corran Agritech'], status: 'reached', kind: 'agreed to buy, dateline, apposition subject' },
      { at: '1.2', parties: ['Veldt Seeds', 'Corran Agritech'], status: 'in force', kind: 'under the agreement (terms)' },
      { at: '2.1', parties: ['Veldt Seeds', 'Corran Agritech'], status: 'approved', kind: 'boards of both approved the transaction' },
      { at: '2.3', parties: ['Mireille Osterhout', 'Veldt Seeds'], status: 'signed', kind: 'undertaking signed with' },
      { at: '3.1', parties: ['Veldt Seeds', 'Corran Agritech'], status: 'rejected', kind: 'offer turned down by the board' },
      { at: '4.1', parties: ['Veldt Seeds', 'University of Havermoor'], status: 'in force', kind: 'licence extended, reported' },
    ],
  },

  // 2 — local paper, British spelling: the council leases its pier to a theatre company.
  {
    name: 'pier-theatre-lease',
    body: [
      `Cresthaven’s Victorian pier will reopen next summer after the town council signed a 25-year lease with the theatre company Tidewater Players.`,
      `Under the lease, the company will pay a peppercorn rent of £1 a year and take on the cost of repairing the pavilion at the end of the pier.`,
      ``,
      `The council had spent three years looking for a tenant.`,
      `An earlier lease with the amusements operator Brightsands Leisure was terminated in 2021 after the firm went into administration.`,
      `Councillors voted 31 to 6 on Tuesday evening to approve the new arrangement with Tidewater.`,
      ``,
      `Tidewater Players’ artistic director, Rhiannon Keyes, said the company had also looked at a site in the old bus station.`,
      `The company has applied for a £400,000 grant from the National Heritage Fund to restore the pavilion’s roof.`,
      `It has also signed a sponsorship deal with the local brewery, Harbour Lane Ales, which will give its name to the pier bar.`,
      `Tidewater has offered to stage free shows for local schools, though the council has not said whether it will take up the offer.`,
      ``,
      `Campaigners from the Save Our Pier group met council officers last month to push for free public access.`,
      `The lease guarantees that the promenade deck will stay open to walkers without charge during daylight hours.`,
      `If the theatre company fails to finish the repairs within five years, the pier would return to council control.`,
      `The council did not renew its contract with the pier’s former security firm.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Cresthaven Town Council', 'Tidewater Players'], status: 'signed', kind: 'lease signed with; the town council' },
      { at: '1.2', parties: ['Cresthaven Town Council', 'Tidewater Players'], status: 'in force', kind: 'under the lease (terms)' },
      { at: '2.2', parties: ['Cresthaven Town Council', 'Brightsands Leisure'], status: 'voided', kind: 'earlier lease passive terminated; council implied' },
      { at: '2.3', parties: ['Cresthaven Town Council', 'Tidewater Players'], status: 'approved', kind: 'councillors voted to approve the arrangement' },
      { at: '3.3', parties: ['Tidewater Players', 'Harbour Lane Ales'], status: 'signed', kind: 'sponsorship deal signed; pronoun subject' },
      { at: '4.2', parties: ['Cresthaven Town Council', 'Tidewater Players'], status: 'in force', kind: 'the lease guarantees (terms)' },
    ],
  },

  // 3 — court, American spelling: a city settles with the contractor over a leaking stadium roof.
  {
    name: 'stadium-roof-settlement',
    body: [
      `The city of Port Ellery and the contractor that built its leaking stadium roof have settled their four-year legal battle, with Harwick Construction agreeing to pay $18.5 million, lawyers for both sides said Thursday.`,
      `The settlement still has to be approved by Judge Ramona Vickers of the Lowell County Circuit Court.`,
      ``,
      `The city sued Harwick in 2022 after water poured through the roof during the opening game of the Ellery Mariners' season.`,
      `Harwick had denied liability, blaming the roof's designers, Stellan & Rowe.`,
      `Stellan & Rowe reached its own settlement with the city last year for $2 million.`,
      ``,
      `Under the deal, Harwick will also replace the roof membrane at its own cost before the start of the 2027 season.`,
      `The city council voted unanimously on Tuesday to accept the terms.`,
      `Council President Nina Albescu said the city would have preferred to go to trial.`,
      ``,
      `The Mariners' lease on the stadium, signed with the city in 2019, runs until 2031.`,
      `The team has threatened to move to a suburban site if the roof is not fixed.`,
      `Harwick is also in talks with the state about a highway contract.`,
      `A proposed settlement in 2024 fell apart when the city demanded a new roof rather than repairs.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Port Ellery', 'Harwick Construction'], status: 'reached', kind: 'settled, long subject, agreeing to pay' },
      { at: '2.3', parties: ['Stellan & Rowe', 'Port Ellery'], status: 'reached', kind: 'reached settlement with; the city' },
      { at: '3.1', parties: ['Port Ellery', 'Harwick Construction'], status: 'in force', kind: 'under the deal (terms)' },
      { at: '3.2', parties: ['Port Ellery', 'Harwick Construction'], status: 'approved', kind: 'council voted to accept the terms' },
      { at: '4.1', parties: ['Ellery Mariners', 'Port Ellery'], status: 'in force', kind: 'lease runs until; apposed participle signed' },
      { at: '4.4', parties: ['Port Ellery', 'Harwick Construction'], status: 'collapsed', kind: 'proposed settlement fell apart; parties implied' },
    ],
  },

  // 4 — international, British spelling: a fisheries treaty ratified.
  {
    name: 'fisheries-treaty-ratified',
    body: [
      `The parliament of Vellmora ratified the North Skerry fisheries treaty with Ostrand on Wednesday, nearly two years after the two countries signed it in Kelby.`,
      `The treaty sets joint catch limits for herring and mackerel around the Skerry banks and bans bottom trawling within ten nautical miles of the islands.`,
      ``,
      `Ostrand’s parliament ratified it in March.`,
      `Fishing crews from Vellmora’s northern ports protested outside the parliament building during the debate.`,
      `The opposition Coastal Party voted against ratification, arguing that the limits would cost 1,200 jobs.`,
      ``,
      `A previous fisheries agreement between the two countries, signed in 1994, collapsed in 2019 when Ostrand accused Vellmoran trawlers of fishing inside its waters.`,
      `Talks on a replacement began in 2021 under the mediation of the Nordic Ocean Council.`,
      ``,
      `Vellmora has also signed a memorandum of understanding with the Islands of Tarre on sharing fisheries patrol vessels.`,
      `Ostrand has proposed extending the treaty to cover cod, but Vellmora has not responded.`,
      `Fisheries minister Jonas Heikkala said he hoped a deal on cod could be agreed by 2028.`,
      ``,
      `The two countries’ 2011 agreement on search and rescue, which remains in force, will be folded into the new treaty.`,
      `Neither country has signed the wider Northern Seas Convention on deep-sea mining.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Vellmora', 'Ostrand'], status: 'ratified', kind: 'parliament ratified treaty with' },
      { at: '1.2', parties: ['Vellmora', 'Ostrand'], status: 'in force', kind: 'the treaty sets (terms)' },
      { at: '2.1', parties: ['Vellmora', 'Ostrand'], status: 'ratified', kind: 'later mention, pronoun object' },
      { at: '3.1', parties: ['Vellmora', 'Ostrand'], status: 'collapsed', kind: 'previous agreement collapsed; the two countries' },
      { at: '4.1', parties: ['Vellmora', 'Islands of Tarre'], status: 'signed', kind: 'memorandum of understanding signed with' },
      { at: '5.1', parties: ['Vellmora', 'Ostrand'], status: 'in force', kind: 'remains in force; the two countries’' },
    ],
  },

  // 5 — sport business, American spelling: an arena naming-rights deal.
  {
    name: 'arena-naming-rights-deal',
    body: [
      `The Corbin Falls Comets will play in the renamed Ostara Bank Arena from next season after the basketball team signed a ten-year naming-rights deal with the regional lender worth a reported $42 million.`,
      `The Comets' 2015 agreement with the energy drink maker Voltan was ended early by mutual consent in June.`,
      ``,
      `The arena is owned by Corbin County, whose commissioners approved the naming deal on Monday.`,
      `Commissioner Dale Whitford voted against it, saying the county should have sought competing bids.`,
      `Under the agreement, the county will receive 30 percent of the payments.`,
      ``,
      `The Comets also said they had acquired a majority stake in the Lakeshore Lynx, a team in the state's developmental league.`,
      `Star guard Terrell Amadi turned down a contract extension offered by the team in July and will become a free agent next summer.`,
      `Team president Lorna Keating said she hoped to reopen negotiations with Amadi's agent after the season.`,
      ``,
      `Ostara Bank made an offer for the naming rights to the city's baseball stadium in 2022, but the stadium's owners never replied.`,
      `If the Comets move to a new arena before 2035, the bank could cancel the deal.`,
      `Fans on social media mocked the new name.`,
      `The team is considering a proposal from the county to share the cost of new seating.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corbin Falls Comets', 'Ostara Bank'], status: 'signed', kind: 'signed naming-rights deal with; the regional lender' },
      { at: '1.2', parties: ['Corbin Falls Comets', 'Voltan'], status: 'voided', kind: 'agreement ended by mutual consent' },
      { at: '2.1', parties: ['Corbin Falls Comets', 'Ostara Bank'], status: 'approved', kind: 'approved by a third party in a relative clause' },
      { at: '2.3', parties: ['Corbin Falls Comets', 'Ostara Bank'], status: 'in force', kind: 'under the agreement (terms)' },
      { at: '3.1', parties: ['Corbin Falls Comets', 'Lakeshore Lynx'], status: 'reached', kind: 'acquired a stake, reported' },
      { at: '3.2', parties: ['Terrell Amadi', 'Corbin Falls Comets'], status: 'rejected', kind: 'contract offer turned down' },
    ],
  },

  // 6 — business, British spelling: a takeover blocked and abandoned.
  {
    name: 'drone-maker-takeover-abandoned',
    body: [
      `Halloran Logistics has abandoned its £220m takeover of the drone maker Skyrand after the Competition and Markets Board blocked the deal on Tuesday.`,
      `The regulator said the merger would have left Halloran with more than 60 per cent of the market for parcel-delivery drones.`,
      `Halloran agreed to buy Skyrand in March last year, offering 185p a share.`,
      ``,
      `Skyrand’s shareholders had approved the deal by a large majority in June.`,
      `Halloran will pay Skyrand a break fee of £8m under the terms of the takeover agreement.`,
      `Skyrand’s chief executive, Tomasz Weir, said the company would now look for other partners.`,
      ``,
      `Skyrand is in early talks with the American aerospace group Dellacourt about a possible investment.`,
      `It has already signed a supply contract with Albion Post to carry medical samples between hospitals in the north-west.`,
      `Halloran said it had no plans to appeal.`,
      `Skyrand’s board has not decided whether to seek a new buyer.`,
      ``,
      `Halloran’s previous attempt to buy a drone company, a 2021 bid for Pelican Aero, was rejected by Pelican’s founders.`,
      `Analysts at Brookfield Hart said any sale of Skyrand to a foreign buyer would probably face scrutiny under national security rules.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Halloran Logistics', 'Skyrand'], status: 'collapsed', kind: 'takeover abandoned after regulator blocked it' },
      { at: '1.3', parties: ['Halloran Logistics', 'Skyrand'], status: 'reached', kind: 'agreed to buy (earlier)' },
      { at: '2.1', parties: ['Halloran Logistics', 'Skyrand'], status: 'approved', kind: 'shareholders approved the deal' },
      { at: '2.2', parties: ['Halloran Logistics', 'Skyrand'], status: 'in force', kind: 'break fee under the terms' },
      { at: '3.2', parties: ['Skyrand', 'Albion Post'], status: 'signed', kind: 'supply contract signed; pronoun subject' },
      { at: '4.1', parties: ['Halloran Logistics', 'Pelican Aero'], status: 'rejected', kind: 'bid passive rejected' },
    ],
  },

  // 7 — one long paragraph, American spelling: ski-lift workers accept a pay deal.
  {
    name: 'ski-lift-pay-deal-one-paragraph',
    body: [
      `Members of the Alpine Workers' Union at the Mont Sarrel ski resort have voted to accept a new pay deal from the resort's operator, Sarrel Domaines, ending a strike that closed half the slopes over the Christmas holidays.`,
      `The two-year agreement gives the 240 lift staff a 7 percent raise this season and a further 4 percent next winter.`,
      `The union had rejected an earlier offer of 5 percent in a ballot on December 20.`,
      `Talks resumed on January 2 under a mediator appointed by the regional labor office.`,
      `Sarrel Domaines also signed a separate contract with a staffing agency, Montagne Interim, to provide seasonal ski instructors.`,
      `The resort's owner has denied reports that it plans to sell the lift company.`,
      `The regional tourism board said the strike had cost local hotels an estimated 3 million euros.`,
      `The previous pay accord, signed in 2022, was breached within weeks when the operator cut overtime rates, the union said.`,
      `If the resort does not pay the increase by the end of February, the union says it will strike again.`,
      `Sarrel Domaines is owned by the investment fund Cairnwood Partners, which bought it in 2019.`,
      `Instructors held a meeting on Sunday to discuss joining the union.`,
      `A proposed agreement on staff housing would give seasonal workers subsidized rooms in the village.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Alpine Workers' Union", 'Sarrel Domaines'], status: 'reached', kind: 'voted to accept a pay deal from' },
      { at: '1.2', parties: ["Alpine Workers' Union", 'Sarrel Domaines'], status: 'in force', kind: 'the agreement gives (terms)' },
      { at: '1.3', parties: ['Sarrel Domaines', "Alpine Workers' Union"], status: 'rejected', kind: 'offer rejected by the union' },
      { at: '1.5', parties: ['Sarrel Domaines', 'Montagne Interim'], status: 'signed', kind: 'contract signed with' },
      { at: '1.8', parties: ["Alpine Workers' Union", 'Sarrel Domaines'], status: 'breached', kind: 'later mention breached; the operator' },
      { at: '1.10', parties: ['Cairnwood Partners', 'Sarrel Domaines'], status: 'reached', kind: 'bought it, relative clause, pronoun object' },
    ],
  },

  // 8 — energy, American spelling: an offshore wind joint venture.
  {
    name: 'offshore-wind-joint-venture',
    body: [
      `Norvane Energy and the state-owned utility Pelagia Power have formed a joint venture to build a 1.2-gigawatt wind farm off the coast of Merrin Bay, the companies announced Tuesday.`,
      `Each partner will hold 50 percent of the venture, which will be called Merrin Offshore Wind.`,
      ``,
      `The Merrin Bay Coastal Commission granted the venture a 30-year seabed lease in a 7-2 vote.`,
      `Fishing groups had asked the commission to delay the vote by six months, but the request was refused.`,
      ``,
      `Norvane has also signed a 15-year contract to buy turbines from Hallingdal Turbines.`,
      `A power purchase agreement under which the state's largest city, Castor, would buy 40 percent of the output is still being negotiated.`,
      `Castor's mayor has said the city will not sign unless the price falls below $80 per megawatt-hour.`,
      ``,
      `Pelagia previously worked with the British firm Calloway Renewables on the project, but that partnership was dissolved in 2023 after cost overruns.`,
      `Calloway has sued Pelagia, claiming it is owed $45 million for survey work.`,
      `Norvane's board approved the joint venture at a meeting on Monday.`,
      `Norvane's chief executive, Adaeze Colquhoun, said the company was open to bringing in further investors.`,
      `Pelagia Power is expected to announce its partner for a second wind farm next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Norvane Energy', 'Pelagia Power'], status: 'reached', kind: 'formed a joint venture, announced' },
      { at: '1.2', parties: ['Norvane Energy', 'Pelagia Power'], status: 'in force', kind: 'each partner will hold (terms)' },
      { at: '2.1', parties: ['Merrin Bay Coastal Commission', 'Merrin Offshore Wind'], status: 'reached', kind: 'lease granted to; the venture' },
      { at: '3.1', parties: ['Norvane Energy', 'Hallingdal Turbines'], status: 'signed', kind: 'contract to buy from' },
      { at: '4.1', parties: ['Pelagia Power', 'Calloway Renewables'], status: 'voided', kind: 'partnership passive dissolved' },
      { at: '4.3', parties: ['Norvane Energy', 'Pelagia Power'], status: 'approved', kind: 'board approved the joint venture' },
    ],
  },
];

/** Close non-agreement sentences per article (for counting; not scored as such). */
export const BLIND6_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  'seed-companies-acquisition-wire': ['2.2', '3.2', '3.3', '4.2', '4.4'],
  'pier-theatre-lease': ['3.1', '3.2', '3.4', '4.1', '4.3', '4.4'],
  'stadium-roof-settlement': ['1.2', '2.1', '2.2', '3.3', '4.2', '4.3'],
  'fisheries-treaty-ratified': ['2.3', '3.2', '4.2', '4.3', '5.2'],
  'arena-naming-rights-deal': ['2.2', '3.3', '4.1', '4.2', '4.4'],
  'drone-maker-takeover-abandoned': ['1.2', '2.3', '3.1', '3.3', '3.4', '4.2'],
  'ski-lift-pay-deal-one-paragraph': ['1.4', '1.6', '1.9', '1.11', '1.12'],
  'offshore-wind-joint-venture': ['2.2', '3.2', '3.3', '4.2', '4.4', '4.5'],
};
