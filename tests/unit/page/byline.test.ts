// parseByline: names only from bylines as pages write them. Each row is a form seen on WCXB's
// development pages (written out here with names of our own).
import { describe, expect, it } from 'vitest'
import { parseByline } from '../../../src/page/byline.ts'

describe('parseByline', () => {
  it.each([
    // A team or a desk signing the story is its byline; after a name, "Staff" is a role.
    ['By The Islands Post Team', ['The Islands Post Team']],
    ['Harbour Lifestyle Desk / Updated: Dec 17, 2031, 21:47 IST', ['Harbour Lifestyle Desk']],
    ['written by Our Editors', ['Our Editors']],
    ['JANE DOE, Staff', ['Jane Doe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    // A date run into the name with no space must not eat the name's end.
    ['Nora MattonMarch 2, 2031', ['Nora Matton']],
    ['HarbourlightNovember 26th, 203110 Min Read', ['Harbourlight']],
    ['Tide Works- 2031/4/29', ['Tide Works']],
    ['By: Tide Works on 04-ago-2031 5:11:10', ['Tide Works']],
    // "Posted by:", "Guide by", "by" run in.
    ['Posted by:Idle Harbour', ['Idle Harbour']],
    ['Guide by Will Marsh', ['Will Marsh']],
    ['byClemence Harbour', ['Clemence Harbour']],
    ['Written By', []],
    // A job title run on after the name, with or without a comma.
    ['Lena Kovač Former Harbour Consultant', ['Lena Kovač']],
    ['Mateo SilvaFounder at Tideworks', ['Mateo Silva']],
    ['By Bram Cole, Privacy and Digital Security Expert', ['Bram Cole']],
    ['Cara Lund RN, BSN, Certified Pediatric Sleep Consultant', ['Cara Lund']],
    ['Linny and Peter', ['Linny', 'Peter']],
    // Honorifics are titles, not names (issue 15): "Dr Milan Milanović" is "Milan Milanović".
    ['Dr Mila Harbour', ['Mila Harbour']],
    ['By Prof. Dr. Jan Tidewell and Mrs Ada Vale', ['Jan Tidewell', 'Ada Vale']],
    ['Sir Tom Quay, Editor', ['Tom Quay']],
    ['Rev. Ann Brook', ['Ann Brook']],
    ['Drew Harbour', ['Drew Harbour']],
    ['Dr.', []],
    // An avatar's initials shown before the name.
    ['NV Nora Vale', ['Nora Vale']],
    ['By AJQ Ann Jo Quay', ['Ann Jo Quay']],
    ['NASA Nora Vale', ['NASA Nora Vale']],
    // A reader's comment is not a byline.
    ['Rory Blake says:', []],
  ])('%s', (raw, names) => {
    expect(parseByline(raw)).toEqual(names)
  })

  it('keeps a name as metadata states it, in lower case or as a login, but not an address', () => {
    expect(parseByline('kirstin vale', { stated: true })).toEqual(['kirstin vale'])
    expect(parseByline('q_admin', { stated: true })).toEqual(['q_admin'])
    expect(parseByline('kirstin vale')).toEqual([])
    expect(parseByline('http://www.example.fr/auteur/2005-afp', { stated: true })).toEqual([])
    expect(parseByline('Maria & Katerina', { stated: true })).toEqual(['Maria', 'Katerina'])
  })
})
