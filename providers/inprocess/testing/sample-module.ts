/** A provider module as an integrator would write one: a factory and the contracts it implements. */
import { CONTRACT_NAMES } from "../../contract/contracts.js";
import { SampleProvider } from "../../contract/testing/sample-provider.js";

export const contracts = CONTRACT_NAMES;

export default function createProvider(): SampleProvider {
  return new SampleProvider();
}
