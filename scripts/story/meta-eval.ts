export function evaluateMetadata(): null { return null }
export function printMetadata(_m: null, _show: boolean): void {}
