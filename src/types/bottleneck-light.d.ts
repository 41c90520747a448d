// The light build of Bottleneck (no clustering), the one octokit's plugins use: same API as the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
