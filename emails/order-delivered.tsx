// Sent to the buyer when a seller's parcel is delivered, with a link to review each product in it.
import { Heading, Link, Section, Text } from "@react-email/components";
import { colors, heading, Layout, text } from "./components/layout";
import { OrderButton } from "./components/order-button";

export interface OrderDeliveredEmailProps {
  name: string;
  orderNumber: number;
  storeName: string;
  orderUrl: string;
  /** The products in the parcel, each with the page to review it. */
  reviews: { title: string; url: string }[];
}

export default function OrderDeliveredEmail({ name, orderNumber, storeName, orderUrl, reviews }: OrderDeliveredEmailProps) {
  return (
    <Layout preview={`Your order #${orderNumber} from ${storeName} has been delivered`}>
      <Heading as="h1" style={heading}>
        Your order has arrived
      </Heading>
      <Text style={text}>
        Hi {name}, your order #{orderNumber} from {storeName} has been delivered. We hope you enjoy it!
      </Text>
      {reviews.length > 0 ? (
        <>
          <Text style={text}>How is it? A few words help other shoppers choose, and help {storeName} too.</Text>
          <Section style={{ margin: "8px 0 16px" }}>
            {reviews.map((review, index) => (
              <Text key={index} style={{ ...text, borderBottom: `1px solid ${colors.border}`, margin: 0, padding: "8px 0" }}>
                {review.title}
                <br />
                <Link href={review.url} style={{ color: colors.accent, fontSize: 14 }}>
                  Write a review
                </Link>
              </Text>
            ))}
          </Section>
        </>
      ) : null}
      <Text style={text}>If something is missing or damaged, let us know from your order page.</Text>
      <OrderButton href={orderUrl} />
    </Layout>
  );
}

OrderDeliveredEmail.PreviewProps = {
  name: "Ada",
  orderNumber: 1042,
  storeName: "Ada's Ceramics",
  orderUrl: "http://localhost:3000/account/orders/1042",
  reviews: [
    { title: "Stoneware mug", url: "http://localhost:3000/products/stoneware-mug#review" },
    { title: "Serving bowl", url: "http://localhost:3000/products/serving-bowl#review" },
  ],
} satisfies OrderDeliveredEmailProps;
