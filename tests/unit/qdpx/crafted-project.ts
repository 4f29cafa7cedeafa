// A project.qde written the way other tools write them (after the REFI-QDA 1.5 worked example), with every kind of item
// Comparanda cannot represent, in the namespace variant "1:0" and with upper-case "Sources/".
import { strToU8, zipSync, type Zippable } from 'fflate';

export const U1 = '{7F4C3E1A-0000-4000-8000-000000000001}';
const U2 = '7f4c3e1a-0000-4000-8000-000000000002';
const C_HOUSING = 'A0000000-0000-4000-8000-000000000001';
const C_RENT = 'A0000000-0000-4000-8000-000000000002';
const C_WORK = 'A0000000-0000-4000-8000-000000000003';
const g = (n: number) => `B0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Code points: "Wohnung" is 12–19 (after an emoji), "Наем висок" 31–41, "Práce" 43–48. */
export const INTERVIEW = 'Interview 🏠 Wohnung ist teuer. Наем висок. Práce v Brně je.';

export function craftedQde(extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1:0" name="Crafted study" origin="OtherTool 3.1">
  <Users>
    <User guid="${U1}" name="Ana Horvat"/>
    <User guid="${U2}" name="Ben Weiß"/>
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="${C_HOUSING}" name="Housing" isCodable="true" color="#3a3">
        <Description>Where people live</Description>
        <NoteRef targetGUID="${g(90)}"/>
        <Code guid="${C_RENT}" name="Rent" isCodable="true"/>
      </Code>
      <Code guid="${C_WORK}" name="Work" isCodable="true" color="#FF0000"/>
    </Codes>
  </CodeBook>
  <Variables>
    <Variable guid="${g(50)}" name="Age" typeOfVariable="Integer"/>
    <Variable guid="${g(51)}" name="Recorded" typeOfVariable="DateTime"/>
    <Variable guid="${g(52)}" name="Population" typeOfVariable="Float"/>
  </Variables>
  <Cases>
    <Case guid="${g(60)}" name="Wien">
      <Description>Capital of Austria</Description>
      <VariableValue><VariableRef targetGUID="${g(52)}"/><FloatValue>1982097</FloatValue></VariableValue>
      <SourceRef targetGUID="${g(1)}"/>
      <SelectionRef targetGUID="${g(11)}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="${g(1)}" name="Interview Ana" plainTextPath="internal://${g(1)}.txt" creatingUser="${U1}">
      <Description>First interview</Description>
      <PlainTextSelection guid="${g(10)}" startPosition="12" endPosition="19" creatingUser="${U1}">
        <Coding guid="${g(20)}" creatingUser="${U2}"><CodeRef targetGUID="${C_RENT}"/></Coding>
        <Coding guid="${g(21)}"><CodeRef targetGUID="${C_HOUSING}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(11)}" startPosition="31" endPosition="41">
        <Description>Bulgarian sentence</Description>
        <Coding guid="${g(22)}"><CodeRef targetGUID="${C_WORK}"/></Coding>
        <NoteRef targetGUID="${g(91)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(12)}" startPosition="16" endPosition="23">
        <Coding guid="${g(23)}"><CodeRef targetGUID="${C_RENT}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(13)}" startPosition="0" endPosition="9">
        <Coding guid="${g(24)}"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000009"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(14)}" startPosition="43" endPosition="48"/>
      <PlainTextSelection guid="${g(15)}" startPosition="40" endPosition="400">
        <Coding guid="${g(25)}"><CodeRef targetGUID="${C_WORK}"/></Coding>
      </PlainTextSelection>
      <Coding guid="${g(26)}"><CodeRef targetGUID="${C_HOUSING}"/></Coding>
      <VariableValue><VariableRef targetGUID="${g(50)}"/><IntegerValue>42</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${g(51)}"/><DateTimeValue>2024-05-01T10:00:00Z</DateTimeValue></VariableValue>
    </TextSource>
    <PDFSource guid="${g(2)}" name="Policy report" path="internal://${g(2)}.pdf">
      <PDFSelection guid="${g(30)}" page="2" firstX="10" firstY="10" secondX="200" secondY="90">
        <Coding guid="${g(31)}"><CodeRef targetGUID="${C_HOUSING}"/></Coding>
      </PDFSelection>
      <Representation guid="${g(3)}" name="Policy report" plainTextPath="internal://${g(3)}.txt">
        <PlainTextSelection guid="${g(32)}" startPosition="0" endPosition="6">
          <Coding guid="${g(33)}"><CodeRef targetGUID="${C_WORK}"/></Coding>
        </PlainTextSelection>
      </Representation>
    </PDFSource>
    <PictureSource guid="${g(4)}" name="Site plan" path="internal://${g(4)}.png">
      <PictureSelection guid="${g(40)}" firstX="1" firstY="1" secondX="5" secondY="5"/>
    </PictureSource>
    <AudioSource guid="${g(5)}" name="Focus group recording" path="relative://fg.mp3"/>
    <TextSource guid="${g(6)}" name="Lost text" plainTextPath="C:\\Users\\ana\\lost.txt"/>
    ${extra}
  </Sources>
  <Notes>
    <Note guid="${g(90)}" name="On housing" creatingUser="${U2}"><PlainTextContent>Housing is the gate.</PlainTextContent></Note>
    <Note guid="${g(91)}" name="On Bulgarian"><PlainTextContent>Check the translation.</PlainTextContent></Note>
    <Note guid="${g(92)}" name="Loose note"><PlainTextContent>Nobody refers to me.</PlainTextContent></Note>
  </Notes>
  <Links>
    <Link guid="${g(70)}" name="rent causes" originGUID="${C_RENT}" targetGUID="${C_WORK}"/>
  </Links>
  <Sets>
    <Set guid="${g(80)}" name="Pilot"><MemberSource targetGUID="${g(1)}"/><MemberCode targetGUID="${C_WORK}"/></Set>
  </Sets>
  <Graphs>
    <Graph guid="${g(81)}" name="Model"><Vertex guid="${g(82)}" firstX="0" firstY="0"/></Graph>
  </Graphs>
</Project>
`;
}

export function craftedPackage(options: { qde?: string; pdf?: Uint8Array; extraEntries?: Zippable } = {}): Uint8Array {
  return zipSync({
    'project.qde': strToU8(options.qde ?? craftedQde()),
    [`Sources/${g(1)}.txt`]: strToU8(`\uFEFF${INTERVIEW}`),
    [`Sources/${g(3)}.txt`]: strToU8('Arbeit und Wohnen in Wien.'),
    ...(options.pdf ? { [`Sources/${g(2)}.pdf`]: options.pdf } : {}),
    ...options.extraEntries,
  });
}
