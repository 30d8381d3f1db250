import json
import sys

d=json.load(open('/work/main/bench/labels/dev/input/questions.json'))
for l in d:
    if l['lesson']!=sys.argv[1]: continue
    print('##',l['lesson'],l['title'])
    for q in l['questions']:
        print('---',q['id'],q['type'])
        print('STEM:',q['stem'])
        for o in q.get('options') or []:
            print('  ','[X]' if o.get('correct') else '[ ]',o['text'], ('=> '+str(o['match'])) if o.get('match') else '')
        if q.get('accepted_answers'): print('  ACC:',q['accepted_answers'])
        print('  EXPL:',q.get('explanation'))
        print('  SRC:',q.get('source_sentence'))
        extra={k:v for k,v in q.items() if k not in ('id','type','stem','options','accepted_answers','explanation','source_sentence')}
        if extra: print('  EXTRA:',extra)
