// The part of datapackage-js 1.x (no bundled types) that tests/integration/portal.test.ts uses.
declare module 'datapackage' {
  interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    relations?: boolean;
    limit?: number;
  }
  class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    read(options: ReadOptions & { keyed: true }): Promise<Record<string, unknown>[]>;
    read(options?: ReadOptions): Promise<unknown[][]>;
  }
  class Package {
    static load(descriptor: string | Record<string, unknown>, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
  export { Package, Resource };
}
