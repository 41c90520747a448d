import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  require_light
} from "./chunk-FMHV7D6L.js";
import "./chunk-VVDX2ENP.js";
export default require_light();
