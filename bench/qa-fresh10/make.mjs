// Builds bench/qa-fresh10/squad2_dev40.json (node bench/qa-fresh10/make.mjs bench/qa-fresh10/squad2_dev40.json): three stories and 27+9 questions written by q15 (session 10) before reading the answering code.
import { writeFileSync } from 'node:fs';
const stories = [
 { title: 'Tollbridge_bus_route', paras: [
  { c: 'The only bus linking the hill villages of Tollbridge and Marram Cross to the county town will stop running at the end of March, the operator confirmed on Thursday. Westvale Coaches said the route had lost money for six years and that passenger numbers had fallen by almost half since 2019.',
    q: [['When will the bus service end?', 'at the end of March'],
        ['Why is the operator dropping the route?', 'the route had lost money for six years'],
        ['How much has ridership dropped?', 'by almost half since 2019']] },
  { c: 'Parish councillor Miriam Okafor said elderly residents would be cut off from the hospital and the weekly market. "For some people here this bus is the only way to see a doctor," she said. A petition to save the route has gathered 2,300 signatures in ten days.',
    q: [['Who will suffer most from the cut?', 'elderly residents'],
        ['How many people have signed the petition?', '2,300 signatures'],
        ['What did the councillor say about seeing a doctor?', 'For some people here this bus is the only way to see a doctor']] },
  { c: 'The county council said it could not afford a subsidy of £140,000 a year and was instead talking to a community transport charity about a volunteer minibus. A decision is expected in February.',
    q: [['How much would it cost the council to keep the buses going?', '£140,000 a year'],
        ['What could replace the service?', 'a volunteer minibus'],
        ['When will the council decide?', 'in February']] } ],
  off: ['Who won the chess tournament in Rotterdam?', 'How deep was the flooded mine shaft?', 'What is the price of a ticket to the cup final?'] },
 { title: 'Ilse_Marrow_chess', paras: [
  { c: 'Ilse Marrow, a 13-year-old from Dunmore, has become the youngest player ever to win the national chess championship. She beat the defending champion, Grandmaster Piotr Halas, in the final round on Sunday after a game lasting more than five hours.',
    q: [['How old is the new champion?', '13-year-old'],
        ['Whom did she defeat in the last round?', 'Grandmaster Piotr Halas'],
        ['How long did the deciding game go on?', 'more than five hours']] },
  { c: 'Marrow learned the game from her grandfather at the age of four and trains for three hours a day after school. Her coach, Tomas Feld, said her calm under pressure was "unlike anything I have seen in a child".',
    q: [['Who taught her to play?', 'her grandfather'],
        ['How much does she practise?', 'three hours a day'],
        ['What does her coach admire about her?', 'her calm under pressure']] },
  { c: 'The title earns her a place in the European youth championship in Prague in July. Her school has started a fund to pay for the trip, which is expected to cost about £3,000.',
    q: [['Where will she compete next?', 'the European youth championship in Prague'],
        ['How is the journey being paid for?', 'Her school has started a fund to pay for the trip'],
        ['What will the trip cost?', 'about £3,000']] } ],
  off: ['Why is the bus route to Marram Cross being cut?', 'How many miners were trapped underground?', 'What did the bank say about interest rates?'] },
 { title: 'Carrow_mine_rescue', paras: [
  { c: 'Seven miners trapped for two days by floodwater at the Carrow colliery were brought to the surface on Tuesday morning. Rescuers reached them through an old ventilation tunnel after pumps lowered the water by four metres.',
    q: [['How many workers were rescued?', 'Seven miners'],
        ['How long were they stuck underground?', 'two days'],
        ['How did the rescue teams get to the men?', 'through an old ventilation tunnel']] },
  { c: 'All seven were taken to Carrow General Hospital, where doctors said two were being treated for hypothermia. The others were released by the evening. The mine manager, Aled Pryce, said a burst underground pipe had caused the flood.',
    q: [['What were two of the miners treated for?', 'hypothermia'],
        ['What caused the flooding?', 'a burst underground pipe'],
        ['Were any of the men sent home the same day?', 'The others were released by the evening']] },
  { c: 'The national mines inspectorate has opened an inquiry and ordered the colliery closed until it has checked every pump. Union officials said they had warned about the ageing pipework in a letter last spring.',
    q: [['Who is investigating the accident?', 'The national mines inspectorate'],
        ['When can the pit reopen?', 'until it has checked every pump'],
        ['Had anyone raised concerns before?', 'Union officials said they had warned about the ageing pipework']] } ],
  off: ['Who taught the chess champion to play?', 'When will the county council decide on the minibus?', 'What time does the new museum open?'] },
];
const data = stories.map((s, si) => ({ title: s.title, paragraphs: s.paras.map((p, pi) => {
  const qas = p.q.map(([question, answer], qi) => {
    const start = p.c.indexOf(answer);
    if (start < 0) throw new Error(`answer not in context: ${answer}`);
    return { id: `f10-${si}-${pi}-${qi}`, question, is_impossible: false, answers: [{ text: answer, answer_start: start }] };
  });
  if (pi === 0) s.off.forEach((question, oi) => qas.push({ id: `f10-${si}-off-${oi}`, question, is_impossible: true, answers: [] }));
  return { context: p.c, qas };
}) }));
writeFileSync(process.argv[2], JSON.stringify({ version: 'fresh10', data }, null, 1) + '\n');
