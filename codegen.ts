import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types from the schema-first contract; parents are the stored items (mappers). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'lambda/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Report: '../../data/entities#ReportItem',
          Year: '../../data/entities#YearItem',
          Section: '../../data/entities#SectionItem',
          GlossaryTerm: '../../data/entities#GlossaryItem',
          Repair: '../../data/entities#RepairItem',
          Figure: '../../data/entities#FigureItem',
          Indicator: '../../data/entities#IndicatorItem',
          Project: '../../data/entities#ProjectItem',
          ProjectMention: '../../data/records#ProjectMentionRecord',
          Sector: '../../data/entities#SectorItem',
          FigureConnection: '../connections#ConnectionParent<FigureItem>',
          IndicatorConnection: '../connections#ConnectionParent<IndicatorItem>',
          ProjectConnection: '../connections#ConnectionParent<ProjectItem>',
          GlossaryTermConnection: '../connections#ConnectionParent<GlossaryItem>',
          ReportConnection: '../connections#ConnectionParent<ReportItem>',
          SearchHit: '../search#SearchHitParent',
          Source: '../../pages/source-fields#SourceParent',
          YearComparison: '../compare#YearComparisonParent',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['tsx scripts/embed-schema.ts'] },
};

export default config;
