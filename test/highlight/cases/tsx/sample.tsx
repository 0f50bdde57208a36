import React, { useState, useEffect } from 'react';
import type { FC, ReactNode } from 'react';

interface Props {
  title: string;
  count?: number;
  children: ReactNode;
}

type Status = 'idle' | 'loading' | 'done';

export const Card: FC<Props> = ({ title, count = 0, children }) => {
  const [status, setStatus] = useState<Status>('idle');
  const items: Array<string> = ['a', 'b'];

  useEffect(() => {
    // fetch data on mount
    setStatus('loading');
    fetch(`/api/items?count=${count}`)
      .then((r) => r.json())
      .then(() => setStatus('done'));
  }, [count]);

  const pattern = /^[a-z]+$/i;
  const value = items?.length ?? 0;

  return (
    <div className="card" data-count={count}>
      <h2>{title}</h2>
      {status === 'loading' && <Spinner size={3} />}
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item.toUpperCase()}</li>
        ))}
      </ul>
      <Foo.Bar enabled />
      {children}
    </div>
  );
};

function identity<T,>(x: T): T {
  return x;
}

export default Card;
