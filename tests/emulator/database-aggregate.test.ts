import { rejection, startTestBed, TestBed } from './helpers'

let bed: TestBed

beforeAll(async () => {
  bed = await startTestBed()
  await bed.db.collection('branches').add([
    { _id: 'b1', name: '第一支部' },
    { _id: 'b2', name: '第二支部' },
  ])
  const records = []
  for (let index = 0; index < 60; index++) {
    records.push({ memberId: `m${index % 6}`, branchId: index % 2 === 0 ? 'b1' : 'b2', period: index < 30 ? '2024-01' : '2024-02', itemCode: `i${index}`, points: index % 5 })
  }
  await bed.db.collection('point_records').add(records)
})

afterAll(async () => {
  await bed.emulator.stop()
})

describe('aggregate() through node-sdk, pipeline semantics from mingo', () => {
  it('matches, groups, sorts and limits', async () => {
    const $ = bed.db.command.aggregate
    const { data } = await bed.db
      .collection('point_records')
      .aggregate()
      .match({ period: '2024-01' })
      .group({ _id: '$branchId', total: $.sum('$points'), records: $.sum(1) })
      .sort({ _id: 1 })
      .limit(10)
      .end()
    const expected = (branch: string) => {
      let total = 0
      let records = 0
      for (let index = 0; index < 30; index++) {
        if ((index % 2 === 0 ? 'b1' : 'b2') !== branch) continue
        total += index % 5
        records++
      }
      return { _id: branch, total, records }
    }
    expect(data).toEqual([expected('b1'), expected('b2')])
  })

  it('joins with lookup and projects', async () => {
    const { data } = await bed.db
      .collection('point_records')
      .aggregate()
      .match({ itemCode: bed.db.command.in(['i0', 'i1']) })
      .lookup({ from: 'branches', localField: 'branchId', foreignField: '_id', as: 'branch' })
      .project({ _id: 0, itemCode: 1, branchName: { $arrayElemAt: ['$branch.name', 0] } })
      .sort({ itemCode: 1 })
      .limit(5)
      .end()
    expect(data).toEqual([
      { itemCode: 'i0', branchName: '第一支部' },
      { itemCode: 'i1', branchName: '第二支部' },
    ])
  })

  it('counts with the count stage', async () => {
    const { data } = await bed.db.collection('point_records').aggregate().match({ points: bed.db.command.gte(3) }).count('n').limit(1).end()
    expect(data).toEqual([{ n: 24 }])
  })

  it('returns at most 20 documents without a limit stage, like CloudBase', async () => {
    expect((await bed.db.collection('point_records').aggregate().match({}).end()).data).toHaveLength(20)
    expect((await bed.db.collection('point_records').aggregate().match({}).limit(50).end()).data).toHaveLength(50)
  })

  it('does not let a pipeline change stored documents', async () => {
    await bed.db.collection('point_records').aggregate().match({ itemCode: 'i0' }).addFields({ points: 999 }).limit(1).end()
    const { data } = await bed.db.collection('point_records').where({ itemCode: 'i0' }).get()
    expect(data[0].points).toBe(0)
  })

  it('refuses writing stages and unknown stages', async () => {
    const raw = bed.db.collection('point_records').options({ raw: true })
    expect((await rejection(raw.aggregate([{ $out: 'copy' }]).end())).code).toBe('DATABASE_INVALID_OPERRATOR')
    expect((await rejection(raw.aggregate([{ $teleport: {} }]).end())).code).toBe('DATABASE_INVALID_OPERRATOR')
  })
})
