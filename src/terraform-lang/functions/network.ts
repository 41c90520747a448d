// CIDR arithmetic (cidrsubnet, cidrsubnets, cidrhost, cidrnetmask) for IPv4 and IPv6, on BigInt
// addresses so that IPv6 prefixes stay exact.
import { type TfValue } from '../value.js'
import { int, str } from './coerce.js'
import { failed, invalid, type FunctionFamily } from './define.js'

interface Network {
  address: bigint
  prefix: number
  bits: 32 | 128
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n)
}

function parseIpv6(text: string): bigint | undefined {
  let head = text
  let tailV4: bigint | undefined
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    tailV4 = parseIpv4(v4[1])
    if (tailV4 === undefined) return undefined
    head = text.slice(0, -v4[1].length) + '0:0'
  }
  const halves = head.split('::')
  if (halves.length > 2) return undefined
  const groups = (h: string) => (h === '' ? [] : h.split(':'))
  const left = groups(halves[0])
  const right = halves.length === 2 ? groups(halves[1]) : []
  const missing = 8 - left.length - right.length
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined
  const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...right]
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined
  let address = all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n)
  if (tailV4 !== undefined) address = (address & ~0xffffffffn) | tailV4
  return address
}

function parseCidr(text: string): Network {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text)
  const bits = match?.[1].includes(':') ? 128 : 32
  const address = match ? (bits === 32 ? parseIpv4(match[1]) : parseIpv6(match[1])) : undefined
  const prefix = match ? Number(match[2]) : NaN
  if (address === undefined || !(prefix <= bits)) return failed(`invalid CIDR expression: invalid CIDR address: ${text}.`)
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n)
  return { address: address & mask, prefix, bits }
}

function addressText(address: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((address >> s) & 255n)).join('.')
  const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - 16 * i)) & 0xffffn))
  // The longest run of two or more zero groups becomes "::", as Go writes it.
  let best = { start: -1, length: 1 }
  for (let i = 0; i < 8; ) {
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > best.length) best = { start: i, length: j - i }
    i = j === i ? i + 1 : j
  }
  const hex = groups.map((g) => g.toString(16))
  if (best.start < 0) return hex.join(':')
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`
}

function subnet(network: Network, newbits: number, netnum: number): string {
  const prefix = network.prefix + newbits
  if (newbits < 0) invalid('newbits', 'must be greater than or equal to 0.')
  if (prefix > network.bits) failed(`insufficient address space to extend prefix of ${network.prefix} by ${newbits}.`)
  const count = 1n << BigInt(newbits)
  if (netnum < 0 || BigInt(netnum) >= count) failed(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}.`)
  const address = network.address | (BigInt(netnum) << BigInt(network.bits - prefix))
  return `${addressText(address, network.bits)}/${prefix}`
}

function host(network: Network, hostnum: number): string {
  const size = 1n << BigInt(network.bits - network.prefix)
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum)
  if (n < 0n || n >= size) failed(`prefix of ${network.prefix} does not accommodate a host numbered ${hostnum}.`)
  return addressText(network.address | n, network.bits)
}

function subnets([prefixArg, ...newbitsArgs]: TfValue[]): string[] {
  const network = parseCidr(str(prefixArg, 'prefix'))
  let next = network.address
  let previous = ''
  return newbitsArgs.map((arg) => {
    const newbits = int(arg, 'newbits')
    const prefix = network.prefix + newbits
    if (prefix > network.bits) failed(`would extend prefix to ${prefix} bits, which is too long for an IPv${network.bits === 32 ? 4 : 6} address.`)
    const step = 1n << BigInt(network.bits - prefix)
    const aligned = ((next + step - 1n) / step) * step
    const end = network.address + (1n << BigInt(network.bits - network.prefix))
    if (aligned + step > end) invalid('newbits', `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${previous}.`)
    next = aligned + step
    previous = `${addressText(aligned, network.bits)}/${prefix}`
    return previous
  })
}

export const network: FunctionFamily = {
  cidrsubnet: {
    params: ['prefix', 'newbits', 'netnum'],
    impl: ([p, b, n]) => subnet(parseCidr(str(p, 'prefix')), int(b, 'newbits'), int(n, 'netnum'))
  },
  cidrsubnets: { params: ['prefix'], variadic: 'newbits', impl: subnets },
  cidrhost: { params: ['prefix', 'hostnum'], impl: ([p, h]) => host(parseCidr(str(p, 'prefix')), int(h, 'hostnum', 'value must be a whole number.')) },
  cidrnetmask: {
    params: ['prefix'],
    impl: ([p]) => {
      const network = parseCidr(str(p, 'prefix'))
      if (network.bits !== 32) failed(`IPv6 addresses cannot have a netmask: ${str(p, 'prefix')}.`)
      return addressText(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - network.prefix)) - 1n), 32)
    }
  }
}
