// The benchmark runner's types and table printer.

export interface BenchFigure {
  measure: string;
  value: number;
  unit: string;
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(report: (figure: BenchFigure) => void): Promise<void>;
}

export async function runSuites(suites: BenchSuite[], only?: string): Promise<void> {
  for (const suite of suites) {
    if (only && !suite.name.includes(only)) continue;
    console.log(`\n## ${suite.name}\n`);
    console.log('| measure | value | note |\n| --- | ---: | --- |');
    await suite.run((f) => console.log(`| ${f.measure} | ${f.value.toFixed(f.value < 10 ? 2 : 0)} ${f.unit} | ${f.note ?? ''} |`));
  }
}
