import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Code, Image, Link, Table } from 'mdast'
import { selectAll } from 'unist-util-select-lite.ts'
